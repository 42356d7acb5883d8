import { FileTextOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, InputNumber, Modal, Radio, Select, Table, Typography } from 'antd';
import { useState } from 'react';
import type { SearchHit } from '../../../../core/contract/search';
import type { CaseFilters } from '../../../../db/model/filters';
import { api } from '../../api/client';
import { showError } from '../../api/showError';
import { chooseExportPath, showExportDone } from '../../components/export/exportResult';

type Verdict = '参照' | '参考' | '不予参考';

/**
 * 类案检索报告 from the search on screen: the officer names who searched, states the dispute of
 * the pending case and, for each listed case, whether it is followed, considered or set aside;
 * the report is written as Word or PDF (search.report).
 */
export function ReportButton({ q, filters, hits }: { q: string; filters: CaseFilters; hits: SearchHit[] }) {
  const { modal, message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [subject, setSubject] = useState('');
  const [issue, setIssue] = useState('');
  const [format, setFormat] = useState<'docx' | 'pdf'>('docx');
  const [limit, setLimit] = useState(10);
  const [verdicts, setVerdicts] = useState<Record<string, { verdict: Verdict; reason: string }>>({});
  const listed = hits.slice(0, limit);

  const write = async () => {
    setBusy(true);
    try {
      const path = await chooseExportPath(`类案检索报告-${q || '全库'}`, format);
      if (path === null) return;
      const written = await api.call('search.report', {
        q,
        filters,
        subject,
        issue,
        format,
        path,
        limit,
        assessments: Object.entries(verdicts).map(([id, v]) => ({
          id,
          verdict: v.verdict,
          reason: v.reason,
        })),
      });
      setOpen(false);
      showExportDone(modal, written);
    } catch (e) {
      showError(message, e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button icon={<FileTextOutlined />} onClick={() => setOpen(true)} disabled={!hits.length}>
        类案检索报告
      </Button>
      <Modal
        open={open}
        width={860}
        title="生成类案检索报告"
        okText="生成报告"
        cancelText="取消"
        confirmLoading={busy}
        onOk={() => void write()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">
          按《最高人民法院关于统一法律适用加强类案检索的指导意见（试行）》第八条的要素生成：检索主体、时间、平台、方法、结果、类案裁判要点、待决案件争议焦点及类案适用意见。检索式：
          <Typography.Text code>{q || '（全库）'}</Typography.Text>
        </Typography.Paragraph>
        <Form layout="vertical">
          <Form.Item label="检索主体（检索人、所在单位）">
            <Input
              value={subject}
              maxLength={200}
              onChange={(e) => setSubject(e.target.value)}
              placeholder="如：某市市场监管局法制科 张三"
            />
          </Form.Item>
          <Form.Item label="待决案件的争议焦点">
            <Input.TextArea
              value={issue}
              maxLength={4000}
              autoSize={{ minRows: 2, maxRows: 5 }}
              onChange={(e) => setIssue(e.target.value)}
              placeholder="如：未告知听证权利即作出较大数额罚款，是否构成违反法定程序"
            />
          </Form.Item>
          <Form.Item label="列入报告的案例数（按相关度）">
            <InputNumber
              min={1}
              max={Math.min(50, hits.length)}
              value={limit}
              onChange={(v) => setLimit(v ?? 10)}
            />
          </Form.Item>
          <Table
            size="small"
            rowKey="id"
            pagination={false}
            scroll={{ y: 220 }}
            dataSource={listed}
            columns={[
              { title: '案例', dataIndex: 'title', ellipsis: true },
              {
                title: '适用意见',
                width: 130,
                render: (_: unknown, hit: SearchHit) => (
                  <Select<Verdict | 'auto'>
                    size="small"
                    style={{ width: 116 }}
                    aria-label={`${hit.title}的适用意见`}
                    value={verdicts[hit.id]?.verdict ?? 'auto'}
                    options={[
                      { value: 'auto', label: '按指导意见' },
                      { value: '参照', label: '参照' },
                      { value: '参考', label: '参考' },
                      { value: '不予参考', label: '不予参考' },
                    ]}
                    onChange={(v) =>
                      setVerdicts(({ [hit.id]: old, ...rest }) =>
                        v === 'auto'
                          ? rest
                          : { ...rest, [hit.id]: { verdict: v, reason: old?.reason ?? '' } },
                      )
                    }
                  />
                ),
              },
              {
                title: '理由',
                width: 280,
                render: (_: unknown, hit: SearchHit) => (
                  <Input
                    size="small"
                    disabled={!verdicts[hit.id]}
                    placeholder={verdicts[hit.id] ? '填写理由' : '按指导意见第九条自动填写'}
                    value={verdicts[hit.id]?.reason ?? ''}
                    onChange={(e) => {
                      const reason = e.target.value;
                      setVerdicts((all) => {
                        const v = all[hit.id];
                        return v ? { ...all, [hit.id]: { ...v, reason } } : all;
                      });
                    }}
                  />
                ),
              },
            ]}
          />
          <Form.Item label="格式" style={{ marginTop: 12, marginBottom: 0 }}>
            <Radio.Group
              value={format}
              onChange={(e) => setFormat(e.target.value as 'docx' | 'pdf')}
              options={[
                { value: 'docx', label: 'Word（.docx）' },
                { value: 'pdf', label: 'PDF' },
              ]}
            />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
