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

/** The heading of a section, or the field name itself for anything else. */
export const sectionLabel = (field: string): string =>
  CASE_SECTIONS.find((s) => s.field === field)?.label ?? field;

/**
 * The sections the library writes itself and a reviewed case must carry. 裁判文书原文 is not one:
 * many published cases come as a summary without the full judgment.
 */
export const REVIEWED_SECTIONS = CASE_SECTIONS.filter(
  (s): s is Exclude<(typeof CASE_SECTIONS)[number], { field: 'fullText' }> => s.field !== 'fullText',
);
export type ReviewedSectionField = (typeof REVIEWED_SECTIONS)[number]['field'];
