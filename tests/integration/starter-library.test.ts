import { describe, expect, it } from 'vitest';
import { crossCheckStarterCases } from '../../core/library/checkStarter';
import { readStarterCases } from '../../core/library/starter';
import { tempDir, starterService } from '../helpers/tempLibrary';

/** The four areas that legal offices' casebooks cover, each of which needs at least five cases. */
const AREAS: Record<string, (c: { category: string; title: string }) => boolean> = {
  征地拆迁与房屋征收: (c) =>
    c.category === '征地拆迁' || c.category === '房屋征收' || /拆除|拆迁|征收|征迁/.test(c.title),
  政府信息公开: (c) => c.category === '政府信息公开',
  行政确认: (c) => c.category === '行政确认',
  行政处罚: (c) => c.category === '行政处罚',
};

describe('the starter library', () => {
  const cases = readStarterCases();

  it('has every case file valid: sections, taxonomy codes, citations, source (schema)', () => {
    // readStarterCases throws, naming each bad file and field, if any file fails the schema.
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  it('has unique ids and 案号, normalized citations and a ground for every loss reason', () => {
    expect(crossCheckStarterCases(cases)).toEqual([]);
  });

  it.each(Object.entries(AREAS))('has at least five cases in %s', (_area, belongs) => {
    expect(cases.filter(({ data }) => belongs(data)).length).toBeGreaterThanOrEqual(5);
  });

  it('builds into a library where every case reads back whole', async () => {
    const tmp = tempDir();
    const service = starterService(tmp);
    try {
      const info = await service.call('library.info', {});
      expect(info.caseCount).toBe(cases.length);
      const one = cases[0]!.data;
      const got = await service.call('cases.get', { id: one.id });
      expect(got).toMatchObject({ title: one.title, analysis: one.analysis, source: one.source });
      expect(got.provisions.length).toBe(one.provisions.length);
    } finally {
      service.close();
      tmp.remove();
    }
  });
});
