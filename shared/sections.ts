/** The written sections of a case in reading order, with the headings every page, export and form uses. */
export const CASE_SECTIONS = [
  { field: 'summary', label: '案情简介' },
  { field: 'issues', label: '争议焦点' },
  { field: 'ruling', label: '裁判结果' },
  { field: 'analysis', label: '评析' },
  { field: 'lessons', label: '启示与建议' },
  { field: 'fullText', label: '裁判文书原文' },
] as const;
export type CaseSectionField = (typeof CASE_SECTIONS)[number]['field'];

/** Headings of the parts of a case page and its exports that are not written sections. */
export const CASE_HEADINGS = {
  lossReasons: '败诉原因',
  provisions: '相关法条',
  related: '类案',
  note: '我的笔记',
  highlights: '我的标注',
  source: '来源',
} as const;
export type CaseHeadingKey = CaseSectionField | keyof typeof CASE_HEADINGS;

/** The heading of a section or page part, or the key itself for anything else. */
export const sectionLabel = (key: string): string =>
  CASE_SECTIONS.find((s) => s.field === key)?.label ??
  (Object.hasOwn(CASE_HEADINGS, key) ? CASE_HEADINGS[key as keyof typeof CASE_HEADINGS] : key);

/**
 * The sections the library writes itself and a reviewed case must carry. 裁判文书原文 is not one:
 * many published cases come as a summary without the full judgment.
 */
export const REVIEWED_SECTIONS = CASE_SECTIONS.filter(
  (s): s is Exclude<(typeof CASE_SECTIONS)[number], { field: 'fullText' }> => s.field !== 'fullText',
);
export type ReviewedSectionField = (typeof REVIEWED_SECTIONS)[number]['field'];
