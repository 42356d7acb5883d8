import type { CaseContentInput } from '../../shared/case';

/** A made-up case for tests that need one; every field a user could fill. */
export const sampleCase = (overrides: Partial<CaseContentInput> = {}): CaseContentInput => ({
  caseNumber: '（2020）测01行初1号',
  title: '测试公司诉某市市场监督管理局行政处罚案',
  court: '某市中级人民法院',
  courtLevel: '中级',
  trialStage: '一审',
  judgmentDate: '2020-05-12',
  region: '某省',
  defendant: '某市市场监督管理局',
  agencyType: '市场监管/工商',
  category: '行政处罚',
  outcome: '撤销',
  lossReasons: [{ code: 'procedure', ground: '作出较大数额罚款前未告知听证权利' }],
  enforcementSteps: ['notice-hearing'],
  provisions: [{ law: '行政处罚法', article: 63, clause: '第一款' }],
  summary: '测试用案情简介。',
  issues: '1. 是否应当告知听证权利？',
  ruling: '判决撤销被诉处罚决定。',
  analysis: '测试用评析。',
  lessons: '- 作出决定前核对听证告知。',
  source: '测试',
  status: 'reviewed',
  ...overrides,
});
