import { CASE_STATUSES } from '../../../shared/taxonomy';
import { sectionLabel } from '../../../shared/sections';
import {
  ENFORCEMENT_STEPS,
  LOSS_REASONS,
  type CaseStatus,
  type EnforcementStepCode,
  type LossReasonCode,
} from '../../../shared/taxonomy';
import type { CaseContentInput } from '../../../shared/case';
import { citedProvisions } from '../extract/provisions';
import { inertCell } from '../../text/cells';

type Field = keyof CaseContentInput;

/** The columns of a case list, by their Chinese header; the first name is the template's. */
export const COLUMNS: { field: Field; headers: string[]; required?: boolean; example: string }[] = [
  { field: 'caseNumber', headers: ['案号'], example: '（2020）京01行初123号' },
  {
    field: 'title',
    headers: ['标题', '案例标题', '案件名称'],
    required: true,
    example: '张某诉某区人民政府房屋征收补偿决定案',
  },
  { field: 'court', headers: ['法院', '审理法院'], example: '北京市第一中级人民法院' },
  { field: 'courtLevel', headers: ['法院层级'], example: '中级' },
  { field: 'trialStage', headers: ['审级', '审理程序'], example: '一审' },
  { field: 'judgmentDate', headers: ['裁判日期', '日期'], example: '2020-06-30' },
  { field: 'region', headers: ['地区'], example: '北京市' },
  { field: 'defendant', headers: ['被告', '被告行政机关'], example: '北京市某区人民政府' },
  { field: 'agencyType', headers: ['机关类型'], example: '人民政府' },
  { field: 'category', headers: ['类别', '案件类别'], required: true, example: '房屋征收' },
  { field: 'outcome', headers: ['结果', '结果类型', '裁判结果类型'], required: true, example: '撤销' },
  { field: 'lossReasons', headers: ['败诉原因'], example: '违反法定程序、主要证据不足' },
  { field: 'enforcementSteps', headers: ['执法环节', '出错环节'], example: '告知与听证/陈述申辩' },
  {
    field: 'provisions',
    headers: ['法律依据', '相关法条'],
    example: '《国有土地上房屋征收与补偿条例》第二十六条',
  },
  { field: 'relatedCaseNumbers', headers: ['关联案号'], example: '' },
  { field: 'summary', headers: [sectionLabel('summary')], example: '……' },
  { field: 'issues', headers: [sectionLabel('issues')], example: '……' },
  { field: 'ruling', headers: [sectionLabel('ruling')], example: '撤销被诉补偿决定。' },
  { field: 'analysis', headers: [sectionLabel('analysis')], example: '……' },
  { field: 'lessons', headers: [sectionLabel('lessons')], example: '……' },
  { field: 'fullText', headers: ['原文', sectionLabel('fullText')], example: '' },
  { field: 'source', headers: ['来源'], example: '中国裁判文书网' },
  { field: 'status', headers: ['状态'], example: '草稿' },
  { field: 'author', headers: ['作者', '撰写人'], example: '' },
  { field: 'reviewer', headers: ['审核人'], example: '' },
];

const split = (s: string) =>
  s
    .split(/[、，,;；\n]/)
    .map((x) => x.trim())
    .filter(Boolean);

const STATUS_WORDS: Record<string, CaseStatus> = { 草稿: 'draft', 已审核: 'reviewed', 已审: 'reviewed' };

/** One cell's text to the field's value; unknown taxonomy words are kept so validation names them. */
export function cellValue(field: Field, raw: string): unknown {
  const s = raw.trim();
  switch (field) {
    case 'lossReasons':
      return split(s).map((word) => ({
        code: (LOSS_REASONS.find((r) => r.name === word || r.code === word)?.code ?? word) as LossReasonCode,
        ground: '',
      }));
    case 'enforcementSteps':
      return split(s).map(
        (word) =>
          (ENFORCEMENT_STEPS.find((r) => r.name === word || r.code === word)?.code ??
            word) as EnforcementStepCode,
      );
    case 'provisions':
      return citedProvisions(s);
    case 'relatedCaseNumbers':
      return split(s);
    case 'courtLevel':
    case 'trialStage':
    case 'agencyType':
    case 'judgmentDate':
      return s || null;
    case 'status':
      return STATUS_WORDS[s] ?? ((CASE_STATUSES as readonly string[]).includes(s) ? s : s || 'draft');
    default:
      // Free text: a formula from the sheet is kept as text, inert, like on export.
      return inertCell(s);
  }
}
