/**
 * The fixed vocabularies of the library. Stored values are the Chinese terms themselves
 * (categories, outcomes, court levels, trial stages) so that exported files, SQL and the
 * starter library read naturally; loss reasons and enforcement steps have stable English
 * codes because their display names and statute references may be refined over time.
 */

export const CATEGORIES = [
  '征地拆迁',
  '房屋征收',
  '政府信息公开',
  '行政确认',
  '行政处罚',
  '行政强制',
  '行政许可',
  '行政协议',
  '不履行法定职责',
  '其他',
] as const;
export type Category = (typeof CATEGORIES)[number];

/**
 * How the agency lost. 解除协议: the court ended (or confirmed the end of) an administrative
 * agreement at the citizen's request — a judgment on the agreement itself, which none of the
 * other values describes (行政诉讼法第七十八条 covers performance, remedy and compensation only).
 */
export const OUTCOMES = [
  '撤销',
  '确认违法',
  '确认无效',
  '责令履行',
  '变更',
  '行政赔偿/补偿',
  '解除协议',
] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const COURT_LEVELS = ['基层', '中级', '高级', '最高'] as const;
export type CourtLevel = (typeof COURT_LEVELS)[number];

export const TRIAL_STAGES = ['一审', '二审', '再审'] as const;
export type TrialStage = (typeof TRIAL_STAGES)[number];

export const CASE_STATUSES = ['draft', 'reviewed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];
/** A reviewed case is published to officers; a draft is still being written. */
export const STATUS_LABELS: Record<CaseStatus, string> = { draft: '草稿', reviewed: '已审核' };

/** Agency types used for statistics by department; free text outside this list is refused. */
export const AGENCY_TYPES = [
  '人民政府',
  '街道办事处/乡镇',
  '自然资源/国土',
  '住房城乡建设/房管',
  '人力资源社会保障',
  '医疗保障/社保经办',
  '市场监管/工商',
  '公安',
  '生态环境',
  '交通运输',
  '民政',
  '教育/高校',
  '卫生健康',
  '城市管理/综合执法',
  '海事/港航',
  '盐务/专卖',
  '其他',
] as const;
export type AgencyType = (typeof AGENCY_TYPES)[number];

export interface LossReasonDef {
  code: string;
  name: string;
  /** Where 《行政诉讼法》 (2017) states this ground. */
  article: string;
  description: string;
}

/** The grounds on which a court finds against an agency, tied to 《行政诉讼法》. */
export const LOSS_REASONS = [
  {
    code: 'evidence',
    name: '主要证据不足',
    article: '行政诉讼法第七十条第一项',
    description: '认定事实的主要证据不足或者未能举证证明行政行为合法',
  },
  {
    code: 'law',
    name: '适用法律、法规错误',
    article: '行政诉讼法第七十条第二项',
    description: '适用的法律、法规、规章错误，或者依据的规范性文件不合法',
  },
  {
    code: 'procedure',
    name: '违反法定程序',
    article: '行政诉讼法第七十条第三项',
    description: '未履行告知、听证、送达、说明理由等法定程序',
  },
  {
    code: 'ultra-vires',
    name: '超越职权',
    article: '行政诉讼法第七十条第四项',
    description: '行政机关超出法定权限或者无权作出该行为',
  },
  {
    code: 'abuse',
    name: '滥用职权',
    article: '行政诉讼法第七十条第五项',
    description: '背离法定目的行使职权',
  },
  {
    code: 'unreasonable',
    name: '明显不当',
    article: '行政诉讼法第七十条第六项',
    description: '处理结果明显不合理、过罚不相当',
  },
  {
    code: 'minor-procedure',
    name: '程序轻微违法',
    article: '行政诉讼法第七十四条第一款第二项',
    description: '程序轻微违法但对原告权利不产生实际影响，确认违法',
  },
  {
    code: 'nonperformance',
    name: '不履行或拖延履行法定职责',
    article: '行政诉讼法第七十二条、第七十四条第二款第三项',
    description: '不履行、拖延履行或者逾期答复',
  },
  {
    code: 'void',
    name: '重大且明显违法',
    article: '行政诉讼法第七十五条',
    description: '实施主体不具有行政主体资格或者没有依据等重大且明显违法情形',
  },
  {
    code: 'agreement-breach',
    name: '行政协议违约',
    article: '行政诉讼法第七十八条',
    description: '不依法履行、未按照约定履行或者违法变更、解除行政协议',
  },
] as const satisfies readonly LossReasonDef[];
export type LossReasonCode = (typeof LOSS_REASONS)[number]['code'];
export const LOSS_REASON_CODES = LOSS_REASONS.map((r) => r.code) as [LossReasonCode, ...LossReasonCode[]];

export interface EnforcementStepDef {
  code: string;
  name: string;
}

/** The step of the agency's own procedure where things went wrong (a second coding level). */
export const ENFORCEMENT_STEPS = [
  { code: 'authority', name: '职权与主体' },
  { code: 'filing', name: '立案/受理' },
  { code: 'investigation', name: '调查取证' },
  { code: 'notice-hearing', name: '告知与听证/陈述申辩' },
  { code: 'legal-basis', name: '法律适用与依据' },
  { code: 'decision-reasoning', name: '决定与说明理由' },
  { code: 'proportionality', name: '裁量与过罚相当' },
  { code: 'service', name: '送达' },
  { code: 'execution', name: '执行' },
  { code: 'reply-deadline', name: '答复期限' },
  { code: 'agreement', name: '协议订立与履行' },
  { code: 'compensation', name: '补偿与赔偿' },
] as const satisfies readonly EnforcementStepDef[];
export type EnforcementStepCode = (typeof ENFORCEMENT_STEPS)[number]['code'];
export const ENFORCEMENT_STEP_CODES = ENFORCEMENT_STEPS.map((s) => s.code) as [
  EnforcementStepCode,
  ...EnforcementStepCode[],
];

/**
 * What the outcome field rests on: the court's order as read in the ruling text, or the
 * library's own classification where the source gave only the published holding.
 */
export const OUTCOME_BASES = ['judgment', 'library classification'] as const;
export type OutcomeBasis = (typeof OUTCOME_BASES)[number];
