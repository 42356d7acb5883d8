import { Checkbox, Form, Input, Select, Space } from 'antd';
import type { CasebookOptions } from '../../../../core/contract/collections';
import type { Draft } from './draft';

const PAPERS: { value: CasebookOptions['paper']; label: string }[] = [
  { value: 'A4', label: 'A4（210×297 毫米）' },
  { value: 'B5', label: 'B5（176×250 毫米）' },
  { value: '16K', label: '16开（185×260 毫米）' },
  { value: 'A5', label: 'A5（148×210 毫米）' },
];

/** Cover (书名, 副标题, 编印单位, 日期), 前言 in Markdown, and how the book is printed. */
export function CoverForm({ draft, onChange }: { draft: Draft; onChange: (patch: Partial<Draft>) => void }) {
  const option = (patch: Partial<CasebookOptions>) => onChange({ options: { ...draft.options, ...patch } });
  return (
    <Form layout="vertical" className="cover-form">
      <Form.Item label="书名" required>
        <Input value={draft.title} maxLength={100} onChange={(e) => onChange({ title: e.target.value })} />
      </Form.Item>
      <Form.Item label="副标题">
        <Input
          value={draft.subtitle}
          maxLength={200}
          placeholder="如：（2025年卷）"
          onChange={(e) => onChange({ subtitle: e.target.value })}
        />
      </Form.Item>
      <Space.Compact block>
        <Form.Item label="编印单位" style={{ flex: 2 }}>
          <Input
            value={draft.issuer}
            maxLength={100}
            placeholder="如：某市司法局 编"
            onChange={(e) => onChange({ issuer: e.target.value })}
          />
        </Form.Item>
        <Form.Item label="日期" style={{ flex: 1 }}>
          <Input
            value={draft.issuedOn}
            maxLength={40}
            placeholder="2025-12"
            onChange={(e) => onChange({ issuedOn: e.target.value })}
          />
        </Form.Item>
      </Space.Compact>
      <Form.Item label="前言（Markdown）">
        <Input.TextArea
          value={draft.preface}
          autoSize={{ minRows: 4, maxRows: 12 }}
          placeholder="编写说明、体例、致谢……"
          onChange={(e) => onChange({ preface: e.target.value })}
        />
      </Form.Item>
      <Form.Item label="纸张">
        <Select
          value={draft.options.paper}
          options={PAPERS}
          onChange={(paper) => option({ paper })}
          aria-label="纸张"
        />
      </Form.Item>
      <Space direction="vertical">
        <Checkbox checked={draft.options.numbered} onChange={(e) => option({ numbered: e.target.checked })}>
          案例编号（案例一、案例二……）
        </Checkbox>
        <Checkbox
          checked={draft.options.includeFullText}
          onChange={(e) => option({ includeFullText: e.target.checked })}
        >
          收录裁判文书原文
        </Checkbox>
        <Checkbox
          checked={draft.options.provisionIndex}
          onChange={(e) => option({ provisionIndex: e.target.checked })}
        >
          法条索引（含页码）
        </Checkbox>
        <Checkbox
          checked={draft.options.reasonIndex}
          onChange={(e) => option({ reasonIndex: e.target.checked })}
        >
          败诉原因索引（含页码）
        </Checkbox>
      </Space>
    </Form>
  );
}
