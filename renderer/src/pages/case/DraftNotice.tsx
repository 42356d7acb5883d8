import { Alert } from 'antd';
import type { CaseDetail } from '../../../../core/contract/cases';
import { caseProblems } from '../../../../shared/caseRules';

/**
 * For a 草稿: what is still missing before it can be marked 已审核, by the same rule core enforces
 * on every write (shared/caseRules), so the page and the save never disagree.
 */
export function DraftNotice({ value: c }: { value: CaseDetail }) {
  if (c.status !== 'draft') return null;
  const missing = caseProblems({ ...c, status: 'reviewed' });
  return (
    <Alert
      className="draft-notice no-print"
      type="info"
      showIcon
      style={{ margin: '8px 0' }}
      message="草稿：尚未审核，默认不计入统计分析、年度报告和按条件生成的汇编"
      description={
        missing.length
          ? `标为“已审核”前还需：${missing.map((p) => p.label).join('、')}。`
          : '各部分已写明，可在编辑页标为“已审核”。'
      }
    />
  );
}
