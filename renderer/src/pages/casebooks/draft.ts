import type { Collection, CasebookOptions } from '../../../../core/contract/collections';

export type CaseItem = Collection['chapters'][number]['cases'][number];

/** A chapter while it is being edited: `key` is stable across renames and moves (drag-and-drop ids). */
export interface DraftChapter {
  key: string;
  title: string;
  cases: CaseItem[];
}

export interface Draft {
  title: string;
  subtitle: string;
  issuer: string;
  issuedOn: string;
  preface: string;
  options: CasebookOptions;
  chapters: DraftChapter[];
}

let keySeq = 0;
export const newChapterKey = (): string => `chapter-${++keySeq}`;

export const draftOf = (c: Collection): Draft => ({
  title: c.title,
  subtitle: c.subtitle,
  issuer: c.issuer,
  issuedOn: c.issuedOn,
  preface: c.preface,
  options: c.options,
  chapters: c.chapters.map((ch) => ({ key: newChapterKey(), title: ch.title, cases: ch.cases })),
});

/** The collections.update input that stores a draft. */
export const updateInput = (id: string, d: Draft) => ({
  id,
  title: d.title.trim() || '行政诉讼败诉案例评析',
  subtitle: d.subtitle,
  issuer: d.issuer,
  issuedOn: d.issuedOn,
  preface: d.preface,
  options: d.options,
  chapters: d.chapters.map((ch) => ({
    title: ch.title.trim() || '未命名章节',
    caseIds: ch.cases.map((c) => c.id),
  })),
});

/** Moves a case to another chapter (at the end, or before `beforeId`). */
export function moveCase(
  chapters: DraftChapter[],
  caseId: string,
  toKey: string,
  beforeId?: string,
): DraftChapter[] {
  const item = chapters.flatMap((ch) => ch.cases).find((c) => c.id === caseId);
  if (!item) return chapters;
  const without = chapters.map((ch) => ({ ...ch, cases: ch.cases.filter((c) => c.id !== caseId) }));
  return without.map((ch) => {
    if (ch.key !== toKey) return ch;
    const at = beforeId ? ch.cases.findIndex((c) => c.id === beforeId) : -1;
    const cases = [...ch.cases];
    cases.splice(at < 0 ? cases.length : at, 0, item);
    return { ...ch, cases };
  });
}
