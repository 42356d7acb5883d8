import { describe, expect, it } from 'vitest';
import {
  STARTER_AREAS,
  STARTER_MIN_CASES,
  STARTER_MIN_PER_AREA,
  coverageProblems,
  crossCheckStarterCases,
} from '../../core/library/checkStarter';
import { readStarterCases } from '../../core/library/starter';
import { tempDir, starterService } from '../helpers/tempLibrary';

describe('the starter library', () => {
  // readStarterCases throws, naming each bad file and field, if any file fails the schema:
  // every section, taxonomy codes, normalized citations, a source, the outcome's basis, a reviewer.
  const cases = readStarterCases();

  it(`holds at least ${STARTER_MIN_CASES} cases, every file valid against the schema`, () => {
    expect(coverageProblems(cases).filter((p) => p.startsWith('起始案例库'))).toEqual([]);
  });

  it.each(Object.keys(STARTER_AREAS))(`has at least ${STARTER_MIN_PER_AREA} cases in %s`, (area) => {
    expect(cases.filter(({ data }) => STARTER_AREAS[area]!(data)).length).toBeGreaterThanOrEqual(
      STARTER_MIN_PER_AREA,
    );
  });

  it('has unique ids and 案号, substantive sections, a named court or a reason, a second reader', () => {
    expect(crossCheckStarterCases(cases)).toEqual([]);
  });

  it('records for every case whether its outcome was read in the ruling or classified by the library', () => {
    for (const { data } of cases) expect(['judgment', 'library classification']).toContain(data.outcomeBasis);
  });

  it('builds into a library where every case reads back whole, outcome basis included', async () => {
    const tmp = tempDir();
    const service = starterService(tmp);
    try {
      const info = await service.call('library.info', {});
      expect(info.caseCount).toBe(cases.length);
      const classified =
        cases.find(({ data }) => data.outcomeBasis === 'library classification') ?? cases[0]!;
      const one = classified.data;
      const got = await service.call('cases.get', { id: one.id });
      expect(got).toMatchObject({
        title: one.title,
        analysis: one.analysis,
        source: one.source,
        outcomeBasis: one.outcomeBasis,
      });
      expect(got.provisions.length).toBe(one.provisions.length);
      const stats = await service.call('stats.summary', {});
      expect(stats.outcomeClassifiedByLibrary).toBe(
        cases.filter(({ data }) => data.outcomeBasis === 'library classification').length,
      );
    } finally {
      service.close();
      tmp.remove();
    }
  });
});
