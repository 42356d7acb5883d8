import { Table, Tag } from 'antd';

export interface ReportRow {
  name: string;
  status: 'imported' | 'review' | 'skipped' | 'failed' | 'ready';
  title?: string;
  detail: string;
  caseId?: string;
}

const LABEL: Record<ReportRow['status'], { text: string; color: string }> = {
  ready: { text: '可导入', color: 'green' },
  imported: { text: '已导入', color: 'green' },
  review: { text: '需核对', color: 'orange' },
  skipped: { text: '已跳过', color: 'default' },
  failed: { text: '失败', color: 'red' },
};

/** One line per file: imported / needs review / skipped / failed, with the reason in Chinese. */
export function ImportReport({ rows }: { rows: ReportRow[] }) {
  return (
    <Table<ReportRow>
      className="import-report"
      size="small"
      rowKey={(r) => `${r.name}|${r.status}|${r.caseId ?? ''}`}
      pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      dataSource={rows}
      columns={[
        { title: '文件', dataIndex: 'name', width: 260, ellipsis: true },
        {
          title: '结果',
          dataIndex: 'status',
          width: 90,
          render: (s: ReportRow['status']) => <Tag color={LABEL[s].color}>{LABEL[s].text}</Tag>,
        },
        {
          title: '说明',
          dataIndex: 'detail',
          render: (detail: string, r) =>
            r.caseId ? (
              <span>
                <a href={`#/case/${r.caseId}`}>{r.title}</a> {detail}
              </span>
            ) : (
              detail
            ),
        },
      ]}
    />
  );
}
