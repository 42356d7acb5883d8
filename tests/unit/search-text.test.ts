import { describe, expect, it } from 'vitest';
import { normalize, normalizeMapped } from '../../shared/search/normalize';
import { BUILT_IN_LEXICON, makeLexicon, vocabularyWords } from '../../core/search/lexicon';
import { planQuery } from '../../core/search/queryPlan';
import { makeSnippets } from '../../core/search/snippets';
import { expandSynonyms } from '../../shared/search/synonyms';
import { tokens } from '../../core/search/tokenize';

describe('normalize', () => {
  it('treats every bracket style of a case number alike', () => {
    const forms = [
      '（2017）最高法行再101号',
      '(2017)最高法行再101号',
      '〔2017〕最高法行再101号',
      '【2017】最高法行再101号',
    ];
    expect(new Set(forms.map(normalize)).size).toBe(1);
  });

  it('writes statutes one way: no 《》, no 中华人民共和国, Arabic article numbers', () => {
    expect(normalize('《中华人民共和国行政处罚法》第四十二条')).toBe('行政处罚法第42条');
    expect(normalize('行政处罚法第42条')).toBe('行政处罚法第42条');
    expect(normalize('第七十条第（三）项')).toBe('第70条第3项');
    expect(normalize('ＡＢＣ１２３')).toBe('abc123');
  });

  it('maps normalized characters back to the original text', () => {
    const raw = '依照《中华人民共和国行政处罚法》第四十二条';
    const m = normalizeMapped(raw);
    expect(m.text).toBe(normalize(raw));
    const at = m.text.indexOf('第42条');
    expect(raw.slice(m.starts[at], m.ends[at + 3])).toBe('第四十二条');
  });
});

describe('tokens', () => {
  it('gives bigrams of ideographs and keeps numbers whole', () => {
    expect(tokens(normalize('听证会'))).toEqual(['听证', '证会']);
    expect(tokens(normalize('(2017)最高法行再101号'))).toEqual([
      '2017',
      '最高',
      '高法',
      '法行',
      '行再',
      '101',
      '号',
    ]);
    expect(tokens('听')).toEqual(['听']);
  });

  it('finds every two-character query inside a longer word (no segmenter decides)', () => {
    const text = tokens(normalize('第四十四条规定的听证程序'));
    for (const q of ['听证', '证程', '规定']) expect(text).toContain(q);
  });
});

describe('query plan', () => {
  it('searches phrases first and falls back to all words, the field words in them, then any word', () => {
    expect(planQuery('未告知听证').tiers.map((t) => t.name)).toEqual(['phrase', 'all', 'terms', 'any']);
    expect(planQuery('听证').tiers.map((t) => t.name)).toEqual(['phrase']);
  });

  it('reads a reworded query by the field words in it, with their synonyms, and highlights them', () => {
    const plan = planQuery('没有征收决定就强制拆除');
    const terms = plan.tiers.find((t) => t.name === 'terms')?.match ?? '';
    expect(terms).toContain('"征收 收决 决定"');
    expect(terms).toContain('"强拆"');
    expect(terms.split(' AND ')).toHaveLength(2);
    expect(plan.phrases).toEqual(expect.arrayContaining(['征收决定', '强制拆除']));
  });

  it('splits by a word list, the same on every machine, never by ICU', () => {
    expect(vocabularyWords('未告知听证权利', BUILT_IN_LEXICON)).toEqual(['告知', '听证']);
    expect(vocabularyWords('逾期不予答复', BUILT_IN_LEXICON)).toEqual([]);
    const own = makeLexicon([['拆违', '违法建筑拆除']]);
    expect(vocabularyWords('拆违没有告知', own)).toEqual(['拆违', '告知']);
  });

  it('does not loosen a case number', () => {
    expect(planQuery('（2017）最高法行再101号').tiers.map((t) => t.name)).toEqual(['phrase']);
  });

  it('ranks the words as typed above their synonyms', () => {
    const plan = planQuery('人社局');
    expect(plan.tiers[0]?.name).toBe('exact');
    expect(plan.phrases).toContain('人力资源和社会保障局');
  });

  it('reads a statute in any form to the same phrase', () => {
    expect(planQuery('《中华人民共和国行政处罚法》第四十二条').phrases).toContain('行政处罚法第42条');
  });

  it('makes a lone character a prefix', () => {
    expect(planQuery('听').tiers[0]?.match).toBe('"听" *');
  });
});

describe('synonyms', () => {
  it('expands the longest member of a group', () => {
    expect(expandSynonyms('工伤认定')).toEqual(['工伤认定', '工伤确认']);
    expect(expandSynonyms('政府信息公开')).toContain('信息公开');
  });
});

describe('snippets', () => {
  it('cuts the section that holds the phrase and highlights it in the original text', () => {
    const plan = planQuery('行政处罚法第42条');
    const [s] = makeSnippets(
      [
        { field: 'analysis', text: '本案的评析。' },
        { field: 'summary', text: '被告违反《中华人民共和国行政处罚法》第四十二条的规定，未告知听证。' },
      ],
      plan,
    );
    expect(s?.field).toBe('summary');
    const [from, to] = s?.highlights[0] ?? [0, 0];
    expect(s?.text.slice(from, to)).toBe('行政处罚法》第四十二条');
  });

  it('finds a match deep in a long judgment, also across the boundary of the chunks it is read in', () => {
    const plan = planQuery('行政处罚法第42条');
    for (const at of [10, 985, 2950]) {
      const text = '甲'.repeat(at) + '《中华人民共和国行政处罚法》第四十二条' + '乙'.repeat(3000);
      const [s] = makeSnippets([{ field: 'fullText', text: () => text }], plan);
      const [from, to] = s?.highlights[0] ?? [0, 0];
      expect(s?.text.slice(from, to), `at ${at}`).toBe('行政处罚法》第四十二条');
    }
  });
});

describe('plain snippets', () => {
  it('drops Markdown marks, joins lines and keeps the highlight on its characters', () => {
    const plan = planQuery('听证');
    const text =
      '## 裁判要点\n\n- 对当事人**处以较大数额罚款**前，应当告知其有要求举行听证的权利\n- `没收`同理';
    const [s] = makeSnippets([{ field: 'analysis', text }], plan);
    expect(s?.text).not.toMatch(/[#*`]|^- | - /);
    expect(s?.text).toContain('裁判要点：对当事人处以较大数额罚款前');
    const [from, to] = s?.highlights[0] ?? [0, 0];
    expect(s?.text.slice(from, to)).toBe('听证');
  });
});
