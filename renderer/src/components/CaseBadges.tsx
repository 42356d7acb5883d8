import { Space, Tag, Tooltip } from 'antd';
import { useTaxonomy } from '../api/taxonomy';

const OUTCOME_COLORS: Record<string, string> = {
  撤销: 'red',
  确认违法: 'volcano',
  确认无效: 'magenta',
  责令履行: 'orange',
  变更: 'gold',
  '行政赔偿/补偿': 'purple',
};

export function OutcomeTag({ outcome }: { outcome: string }) {
  return <Tag color={OUTCOME_COLORS[outcome] ?? 'default'}>{outcome}</Tag>;
}

/** Loss reasons as tags, each explaining its statute on hover. */
export function LossReasonTags({ codes }: { codes: readonly string[] }) {
  const { lossReasons } = useTaxonomy();
  return (
    <Space size={[0, 4]} wrap>
      {codes.map((code) => {
        const reason = lossReasons.find((r) => r.code === code);
        return (
          <Tooltip key={code} title={reason ? `${reason.article}：${reason.description}` : undefined}>
            <Tag color="blue">{reason?.name ?? code}</Tag>
          </Tooltip>
        );
      })}
    </Space>
  );
}

/** 草稿: an imported or unfinished case, not yet reviewed by the legal office. */
export function DraftBadge({ status }: { status: string }) {
  if (status !== 'draft') return null;
  return (
    <Tooltip title="草稿：尚未审核，默认不计入统计、年度报告和汇编">
      <Tag color="default" className="draft-badge" style={{ marginLeft: 8, verticalAlign: 'middle' }}>
        草稿
      </Tag>
    </Tooltip>
  );
}
