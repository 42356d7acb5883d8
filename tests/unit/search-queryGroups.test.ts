import { describe, expect, it } from 'vitest';
import { formatQuery, parseQuery, type QueryWord } from '../../shared/search/queryParse';

const texts = (groups: QueryWord[][]) =>
  groups.map((g) => g.map((w) => (w.field ? `${w.field}:` : '') + w.text));

describe('brackets group words in the one query parser', () => {
  it('(A OR B) C: either of A, B, and C', () => {
    expect(texts(parseQuery('(强拆 OR 强制拆除) 补偿').groups)).toEqual([['强拆', '强制拆除'], ['补偿']]);
    expect(texts(parseQuery('（强拆｜强制拆除） 补偿').groups)).toEqual([['强拆', '强制拆除'], ['补偿']]);
  });

  it('(A B) OR C: spread into clauses that mean the same', () => {
    expect(texts(parseQuery('(听证 告知) OR 没收').groups)).toEqual([
      ['听证', '没收'],
      ['告知', '没收'],
    ]);
    expect(texts(parseQuery('((听证 告知) OR 没收) 罚款').groups)).toEqual([
      ['听证', '没收'],
      ['告知', '没收'],
      ['罚款'],
    ]);
  });

  it('a field prefix before a group applies to every word in it; a minus excludes each word', () => {
    expect(texts(parseQuery('标题:(工伤 OR 工亡) 认定').groups)).toEqual([
      ['title:工伤', 'title:工亡'],
      ['认定'],
    ]);
    const parsed = parseQuery('听证 -(罚款 OR 没收)');
    expect(texts(parsed.groups)).toEqual([['听证']]);
    expect(parsed.excluded.map((w) => w.text)).toEqual(['罚款', '没收']);
  });

  it('brackets of case numbers, lone or unmatched brackets stay plain characters', () => {
    expect(texts(parseQuery('(2017)最高法行再101号').groups)).toEqual([['(2017)最高法行再101号']]);
    expect(texts(parseQuery('（2017） 苏01行初1号').groups)).toEqual([['（2017）'], ['苏01行初1号']]);
    expect(texts(parseQuery('(听证 告知').groups)).toEqual([['(听证'], ['告知']]);
    expect(texts(parseQuery('(听证 告知)程序').groups)).toEqual([['(听证'], ['告知)程序']]);
  });

  it('an OR of large groups that would spread past 32 clauses is read as plain words', () => {
    const big = '(a1 a2 a3 a4 a5 a6) OR (b1 b2 b3 b4 b5 b6)';
    expect(
      parseQuery(big)
        .groups.flat()
        .map((w) => w.text),
    ).toContain('(a1');
  });

  it('writes the grouped reading back as a query with the same reading', () => {
    const q = '(听证 告知) OR 没收 标题:(工伤 OR 工亡)';
    expect(parseQuery(formatQuery(parseQuery(q)))).toEqual(parseQuery(q));
  });
});
