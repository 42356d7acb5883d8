import { describe, expect, it } from 'vitest';
import { locateQuote } from '../../renderer/src/pages/case/termMatch';
import { findRanges, findTyped, queryNeedles } from '../../shared/search/highlight';
import { formatQuery, parseQuery, scopeQuery } from '../../shared/search/queryParse';

describe('the one query parser (search and highlighting)', () => {
  it('reads words, phrases, exclusions, OR and field prefixes', () => {
    expect(parseQuery('听证  告知')).toEqual({
      groups: [[{ text: '听证', quoted: false }], [{ text: '告知', quoted: false }]],
      excluded: [],
    });
    expect(parseQuery('"超越 职权" -罚款 NOT 没收')).toEqual({
      groups: [[{ text: '超越 职权', quoted: true }]],
      excluded: [
        { text: '罚款', quoted: false },
        { text: '没收', quoted: false },
      ],
    });
    expect(parseQuery('强拆 OR 强制拆除 补偿|赔偿').groups.map((g) => g.map((w) => w.text))).toEqual([
      ['强拆', '强制拆除'],
      ['补偿', '赔偿'],
    ]);
    expect(parseQuery('标题:工伤 法条：行政处罚法第六十三条 原文: 听证').groups.flat()).toEqual([
      { text: '工伤', quoted: false, field: 'title' },
      { text: '行政处罚法第六十三条', quoted: false, field: 'statute' },
      { text: '听证', quoted: false, field: 'fullText' },
    ]);
  });

  it('reads unknown or broken syntax as plain words, never an error', () => {
    expect(
      parseQuery('OR 听证 OR')
        .groups.flat()
        .map((w) => w.text),
    ).toEqual(['听证']);
    expect(parseQuery('"未闭合 引号').groups.flat()).toEqual([{ text: '未闭合 引号', quoted: true }]);
    expect(
      parseQuery('(2017)最高法行再101号 2017-2018 未知:词')
        .groups.flat()
        .map((w) => w.text),
    ).toEqual(['(2017)最高法行再101号', '2017-2018', '未知:词']);
    expect(parseQuery('   ')).toEqual({ groups: [], excluded: [] });
  });

  it('writes a query back and keeps it to the title for the 标题 scope', () => {
    const q = '听证 OR 告知 "超越职权" -罚款 案号:最高法';
    expect(parseQuery(formatQuery(parseQuery(q)))).toEqual(parseQuery(q));
    expect(scopeQuery('工伤 案号:最高法', 'title')).toBe('标题:工伤 案号:最高法');
  });

  it('marks what the search found: synonyms, numerals, statutes under both numberings', () => {
    const needles = queryNeedles('强拆 -罚款 行政处罚法第六十三条');
    expect(needles).toEqual(
      expect.arrayContaining(['强拆', '强制拆除', '行政处罚法第63条', '行政处罚法第42条']),
    );
    expect(needles).not.toContain('罚款');
    const text = '被告依据《中华人民共和国行政处罚法》第四十二条，强制拆除房屋。';
    expect(findRanges(text, needles).map(([s, e]) => text.slice(s, e))).toEqual([
      '行政处罚法》第四十二条',
      '强制拆除',
    ]);
    expect(queryNeedles('"强拆"')).toEqual(['强拆']);
  });

  it('finds text in either width with offsets in the original, the longer needle first', () => {
    const text = '依据《行政处罚法》第４２条，应当告知听证。ABC公司申请听证程序';
    expect(findTyped(text, 'abc').map(([s, e]) => text.slice(s, e))).toEqual(['ABC']);
    expect(findRanges(text, ['听证', '听证程序']).map(([s, e]) => text.slice(s, e))).toEqual([
      '听证',
      '听证程序',
    ]);
  });
});

describe('finding a highlighted passage again', () => {
  it('uses the stored range when the quote is still there', () => {
    expect(locateQuote('甲乙丙丁', 1, 3, '乙丙')).toEqual([1, 3]);
  });

  it('falls back to the copy of the quote nearest the old place, or nothing', () => {
    const text = '听证。新增一句。听证。听证。';
    expect(locateQuote(text, 9, 11, '听证')).toEqual([8, 10]);
    expect(locateQuote(text, 0, 2, '不在文中')).toBeUndefined();
  });
});
