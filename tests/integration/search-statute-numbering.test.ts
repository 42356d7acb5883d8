import { describe, expect, it } from 'vitest';
import type { CaseContentInput } from '../../shared/case';
import { sampleCase } from '../helpers/sampleCase';
import { emptyService, serviceForFile } from '../helpers/tempLibrary';

/**
 * A statute query matches, under each numbering, only the article that carries its rule: for
 * 行政处罚法第六十三条 (2021) a citation of 2021 §63 or of its predecessor 1996 §42 — never a
 * citation of 1996 §63 (another rule). The numbering of a citation comes from the version the
 * case records, its note, the words before it in the text, and only then the judgment date.
 */
describe('statute queries under every numbering', () => {
  const lib = serviceForFile(emptyService);
  const cases: Record<string, Partial<CaseContentInput>> = {
    甲: {
      judgmentDate: '2006-09-28',
      provisions: [{ law: '行政处罚法', article: 42, clause: '', version: '1996年', note: '' }],
    },
    乙: {
      judgmentDate: '2006-09-28',
      provisions: [{ law: '行政处罚法', article: 63, clause: '', version: '1996年', note: '' }],
    },
    丙: {
      judgmentDate: '2022-03-01',
      provisions: [{ law: '行政处罚法', article: 63, clause: '', version: '', note: '' }],
    },
    丁: {
      judgmentDate: '2008-05-06',
      provisions: [],
      fullText: '本院认为，依照《中华人民共和国行政处罚法》第四十二条之规定，被告应当告知听证权利。',
    },
    戊: {
      judgmentDate: '2008-05-06',
      provisions: [],
      fullText: '本院认为，依照《中华人民共和国行政处罚法》第六十三条之规定，罚没款应当上缴国库。',
    },
    己: {
      judgmentDate: '2006-09-28',
      provisions: [
        { law: '行政处罚法', article: 63, clause: '', version: '', note: '按现行行政处罚法对应的条文列出' },
      ],
    },
  };

  it('adds the cases', async () => {
    let n = 0;
    for (const [name, fields] of Object.entries(cases)) {
      n++;
      await lib.service.call('cases.save', {
        case: sampleCase({
          title: `${name}诉某局行政处罚案`,
          caseNumber: `（2020）测01行初${n}号`,
          ...fields,
        }),
      });
    }
  });

  const titles = async (q: string) => {
    const answer = await lib.service.call('search.query', { q, limit: 50 });
    return { answer, names: answer.hits.map((h) => h.title.slice(0, 1)).sort() };
  };

  it('行政处罚法第六十三条: 2021 §63 and 1996 §42, not 1996 §63', async () => {
    const { answer, names } = await titles('行政处罚法第六十三条');
    expect(names).toEqual(['丁', '丙', '己', '甲'].sort());
    expect(answer.total).toBe(4);
    const note = (name: string) => answer.hits.find((h) => h.title.startsWith(name))?.statuteNotes ?? [];
    expect(note('甲')).toEqual([
      '原第四十二条（1996年文本（2009年、2017年修正未改条序）），对应现行第六十三条（案例注明版本）',
    ]);
    expect(note('丙')).toEqual(['现行第六十三条（未注明版本，依裁判日期推定）']);
    expect(note('己')).toEqual(['现行第六十三条（据条文注释）']);
    expect(note('丁')[0]).toMatch(/^判决书引用：原第四十二条.*依裁判日期推定/);
  });

  it('行政处罚法第42条 also reads the number in the 1996 text, where the table says where it went', async () => {
    const { answer, names } = await titles('行政处罚法第42条');
    expect(names).toEqual(['丁', '丙', '己', '甲'].sort());
    const c = answer.hits.find((h) => h.title.startsWith('丙'));
    expect(c?.statuteNotes?.[0]).toMatch(/^按1996年文本.*第四十二条理解，现行第六十三条/);
  });

  it('an article the table does not list as moved is read in the current numbering only', async () => {
    // 2021 §63's rule was 1996 §42; 1996 §63 (乙, 戊) is another rule and has no row of its own.
    const { names } = await titles('法条:行政处罚法第63条');
    expect(names).toEqual(['丙', '己', '甲'].sort());
  });
});
