import { FileWordOutlined, FilePdfOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, Input, Radio, Space, Typography } from 'antd';
import { useState } from 'react';
import type { Conclusion } from '../../../../core/contract/decisions';
import { api } from '../../api/client';
import { showError } from '../../api/showError';
import { chooseExportPath, showExportDone } from '../../components/export/exportResult';

export interface OpinionForm {
  conclusion: Conclusion;
  reviewer: string;
  notes: string;
}

/** The reviewer's conclusion (the proposed one marked), name and notes, and the 意见书 export. */
export function OpinionPanel({
  text,
  proposed,
  form,
  onChange,
}: {
  text: string;
  proposed: Conclusion;
  form: OpinionForm;
  onChange: (form: OpinionForm) => void;
}) {
  const { modal, message } = App.useApp();
  const [busy, setBusy] = useState<'docx' | 'pdf'>();
  const exportOpinion = async (format: 'docx' | 'pdf') => {
    setBusy(format);
    try {
      const path = await chooseExportPath('法制审核意见书', format);
      if (path === null) return;
      const written = await api.call('decisions.exportOpinion', {
        text,
        conclusion: form.conclusion,
        reviewer: form.reviewer || undefined,
        notes: form.notes || undefined,
        format,
        path,
      });
      showExportDone(modal, written);
    } catch (e) {
      showError(message, e);
    } finally {
      setBusy(undefined);
    }
  };
  return (
    <Card size="small" title="审核结论" className="opinion-panel">
      <Form layout="vertical" size="small">
        <Form.Item label="结论" style={{ marginBottom: 8 }}>
          <Radio.Group
            aria-label="审核结论"
            value={form.conclusion}
            onChange={(e) => onChange({ ...form, conclusion: e.target.value as Conclusion })}
            optionType="button"
            buttonStyle="solid"
            options={(['同意', '建议修改', '不同意'] as const).map((c) => ({
              value: c,
              label: c === proposed ? `${c}（建议）` : c,
            }))}
          />
        </Form.Item>
        <Form.Item label="审核人" style={{ marginBottom: 8 }}>
          <Input
            aria-label="审核人"
            value={form.reviewer}
            maxLength={50}
            placeholder="法制审核人员姓名"
            onChange={(e) => onChange({ ...form, reviewer: e.target.value })}
          />
        </Form.Item>
        <Form.Item label="其他意见（可选）" style={{ marginBottom: 8 }}>
          <Input.TextArea
            aria-label="其他意见"
            value={form.notes}
            maxLength={5000}
            autoSize={{ minRows: 2, maxRows: 6 }}
            onChange={(e) => onChange({ ...form, notes: e.target.value })}
          />
        </Form.Item>
        <Space wrap>
          <Button
            type="primary"
            icon={<FileWordOutlined />}
            loading={busy === 'docx'}
            onClick={() => void exportOpinion('docx')}
          >
            导出意见书（Word）
          </Button>
          <Button
            icon={<FilePdfOutlined />}
            loading={busy === 'pdf'}
            onClick={() => void exportOpinion('pdf')}
          >
            导出意见书（PDF）
          </Button>
        </Space>
        <Typography.Paragraph type="secondary" className="opinion-hint">
          意见书列明文书名称、逐条审核意见及所依据的法律规定、参考的败诉案例、审核结论、审核人和日期。
        </Typography.Paragraph>
      </Form>
    </Card>
  );
}
