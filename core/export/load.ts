import type { ReadableDB } from '../../db/connection';
import { AppError } from '../../db/errors';
import type { CaseRecord } from '../../shared/case';
import { CATEGORIES } from '../../shared/taxonomy';
import { getCase } from '../../db/repos/cases';
import { requireCollection } from '../../db/repos/collections';
import { CasebookOptions } from '../contract/collections';
import type { CasebookDoc } from './casebook';

export const DEFAULT_BOOK_TITLE = '行政诉讼败诉案例评析';

/** Stored options JSON (possibly from an older version) merged over the defaults. */
export function parseOptions(json: string, override: Partial<CasebookOptions> = {}): CasebookOptions {
  let stored: unknown = {};
  try {
    stored = JSON.parse(json);
  } catch {
    stored = {};
  }
  const parsed = CasebookOptions.partial().safeParse(stored);
  return CasebookOptions.parse({ ...(parsed.success ? parsed.data : {}), ...override });
}

/** Live cases by id in the given order; ids in the trash or unknown are left out. */
export function liveCases(db: ReadableDB, ids: readonly string[]): CaseRecord[] {
  return ids.map((id) => getCase(db, id)).filter((c): c is CaseRecord => !!c && !c.deletedAt);
}

/** One chapter per category, in the taxonomy's order, keeping the given order within each. */
export function chaptersByCategory<T extends { category: string }>(
  cases: T[],
): { title: string; cases: T[] }[] {
  return CATEGORIES.map((title) => ({ title, cases: cases.filter((c) => c.category === title) })).filter(
    (ch) => ch.cases.length > 0,
  );
}

/** The casebook's content from a stored collection, or from bare case ids (chapters by category). */
export function loadCasebook(
  db: ReadableDB,
  source: { collectionId?: string; caseIds?: string[] },
  override: Partial<CasebookOptions> = {},
): CasebookDoc {
  if (source.collectionId) {
    const c = requireCollection(db, source.collectionId);
    const doc: CasebookDoc = {
      title: c.title,
      subtitle: c.subtitle,
      issuer: c.issuer,
      issuedOn: c.issuedOn,
      preface: c.preface,
      chapters: c.chapters.map((ch) => ({ title: ch.title, cases: liveCases(db, ch.caseIds) })),
      options: parseOptions(c.options, override),
    };
    if (!doc.chapters.some((ch) => ch.cases.length))
      throw new AppError('EMPTY', `案例汇编“${c.title}”中还没有案例，无法导出。`);
    return doc;
  }
  const cases = liveCases(db, source.caseIds ?? []);
  if (!cases.length) throw new AppError('EMPTY', '没有可导出的案例（所选案例不存在或已移入回收站）。');
  return {
    title: DEFAULT_BOOK_TITLE,
    subtitle: '',
    issuer: '',
    issuedOn: '',
    preface: '',
    chapters: chaptersByCategory(cases),
    options: parseOptions('{}', override),
  };
}
