import { randomUUID } from 'node:crypto';
import type { ReadableDB } from '../../db/connection';
import type { CaseFilters } from '../../db/model/filters';
import { listCases } from '../../db/repos/cases';
import {
  deleteCollection,
  insertCollection,
  listCollections,
  requireCollection,
  updateCollection,
  type CollectionRecord,
} from '../../db/repos/collections';
import { getSavedSearch } from '../../db/repos/savedSearches';
import { ok } from '../contract/common';
import type { Collection, CollectionSource, collectionsContract } from '../contract/collections';
import { chaptersByCategory, liveCases, parseOptions } from '../export/load';
import { withDraftPolicy } from '../library/draftScope';
import type { AreaFactory } from './handlers';

const MAX_CASES = 5000;

function casesOfSource(
  db: ReadableDB,
  source: CollectionSource,
  includeDrafts: boolean,
): { id: string; category: string }[] {
  const byFilters = (filters: CaseFilters) =>
    listCases(db, {
      filters: withDraftPolicy(filters, includeDrafts),
      sort: 'date-asc',
      limit: MAX_CASES,
    }).items.map((c) => ({
      id: c.id,
      category: c.category,
    }));
  switch (source.kind) {
    case 'cases':
      return liveCases(db, source.caseIds).map((c) => ({ id: c.id, category: c.category }));
    case 'filters':
      return byFilters(source.filters);
    case 'tag':
      return byFilters({ tagIds: [source.tagId] });
    case 'savedSearch':
      return byFilters(getSavedSearch(db, source.savedSearchId).filters);
    case 'empty':
      return [];
  }
}

/** The stored collection with each case's title for the builder (cases in the trash are left out). */
function present(db: ReadableDB, record: CollectionRecord): Collection {
  return {
    id: record.id,
    title: record.title,
    subtitle: record.subtitle,
    issuer: record.issuer,
    issuedOn: record.issuedOn,
    preface: record.preface,
    options: parseOptions(record.options),
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    chapters: record.chapters.map((ch) => ({
      id: ch.id,
      title: ch.title,
      cases: liveCases(db, ch.caseIds).map((c) => ({
        id: c.id,
        title: c.title,
        category: c.category,
        caseNumber: c.caseNumber,
        judgmentDate: c.judgmentDate,
      })),
    })),
  };
}

export const collectionsHandlers: AreaFactory<typeof collectionsContract> = ({ db }) => ({
  'collections.list': () => listCollections(db),
  'collections.get': ({ id }) => present(db, requireCollection(db, id)),
  'collections.create': ({
    title,
    subtitle,
    issuer,
    issuedOn,
    preface,
    source,
    chapters,
    options,
    includeDrafts,
  }) => {
    const cases = casesOfSource(db, source, includeDrafts);
    const grouped = chapters === 'single' ? [{ title: '案例', cases }] : chaptersByCategory(cases);
    const record = insertCollection(
      db,
      randomUUID(),
      {
        title,
        subtitle: subtitle ?? '',
        issuer: issuer ?? '',
        issuedOn: issuedOn ?? '',
        preface: preface ?? '',
        options: JSON.stringify(parseOptions('{}', options)),
      },
      grouped.length
        ? grouped.map((ch) => ({ title: ch.title, caseIds: ch.cases.map((c) => c.id) }))
        : [{ title: '案例', caseIds: [] }],
    );
    return present(db, record);
  },
  'collections.update': ({ id, options, chapters, ...fields }) => {
    const current = requireCollection(db, id);
    const record = updateCollection(
      db,
      id,
      { ...fields, options: options ? JSON.stringify(parseOptions(current.options, options)) : undefined },
      chapters,
    );
    return present(db, record);
  },
  'collections.addCases': ({ id, caseIds }) => {
    const current = requireCollection(db, id);
    const chapters = current.chapters.map((ch) => ({ title: ch.title, caseIds: [...ch.caseIds] }));
    const present_ = new Set(chapters.flatMap((ch) => ch.caseIds));
    for (const c of liveCases(db, caseIds)) {
      if (present_.has(c.id)) continue;
      present_.add(c.id);
      let chapter = chapters.find((ch) => ch.title === c.category);
      if (!chapter) {
        chapter = { title: c.category, caseIds: [] };
        chapters.push(chapter);
      }
      chapter.caseIds.push(c.id);
    }
    return present(db, updateCollection(db, id, {}, chapters));
  },
  'collections.delete': ({ id }) => {
    deleteCollection(db, id);
    return ok;
  },
});
