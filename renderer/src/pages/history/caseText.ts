import type { CaseRecord } from '../../../../shared/case';
import { CASE_SECTIONS } from '../../../../shared/sections';
import { STATUS_LABELS } from '../../../../shared/taxonomy';
import { markdownToPlainText } from '../../../../shared/markdownText';

export interface FieldText {
  key: string;
  label: string;
  text: string;
  /** The stored Markdown, when `text` is its rendered form. */
  raw?: string;
}

/** A version of a case as labelled plain text per field, for comparing two versions. */
export function caseFieldTexts(c: CaseRecord, lossReasonName: (code: string) => string): FieldText[] {
  const v = (x: string | null | undefined) => x ?? '';
  return [
    { key: 'title', label: '标题', text: c.title },
    { key: 'caseNumber', label: '案号', text: c.caseNumber },
    { key: 'court', label: '法院', text: c.court },
    { key: 'courtLevel', label: '法院层级', text: v(c.courtLevel) },
    { key: 'trialStage', label: '审级', text: v(c.trialStage) },
    { key: 'judgmentDate', label: '裁判日期', text: v(c.judgmentDate) },
    { key: 'region', label: '地区', text: c.region },
    { key: 'defendant', label: '被告行政机关', text: c.defendant },
    { key: 'agencyType', label: '机关类型', text: v(c.agencyType) },
    { key: 'category', label: '案件类别', text: c.category },
    { key: 'outcome', label: '裁判结果', text: c.outcome },
    {
      key: 'lossReasons',
      label: '败诉原因',
      text: c.lossReasons.map((r) => `${lossReasonName(r.code)}：${r.ground}`).join('\n'),
    },
    { key: 'enforcementSteps', label: '执法环节', text: c.enforcementSteps.join('、') },
    {
      key: 'provisions',
      label: '相关法条',
      text: c.provisions.map((p) => `《${p.law}》第${p.article}条${p.clause}`).join('\n'),
    },
    ...CASE_SECTIONS.map(({ field, label }) => ({
      key: field,
      label: field === 'ruling' ? `${label}（主文）` : label,
      // Compared as the reader sees it (rendered), while markup-only edits still count as changes.
      text: markdownToPlainText(c[field]),
      raw: c[field],
    })),
    { key: 'source', label: '来源', text: c.source },
    { key: 'status', label: '审核状态', text: STATUS_LABELS[c.status] },
    { key: 'author', label: '撰写人', text: c.author },
    { key: 'reviewer', label: '审核人', text: c.reviewer },
    { key: 'reviewedAt', label: '审核日期', text: v(c.reviewedAt) },
  ];
}
