import { describe, expect, it } from 'vitest';
import { findTermRanges, foldText, locateQuote, queryTerms } from '../../renderer/src/pages/case/termMatch';

describe('query terms on the case page', () => {
  it('splits a query as typed and folds full-width forms', () => {
    expect(queryTerms('听证  告知')).toEqual(['听证', '告知']);
    expect(queryTerms('“强制拆除” OR -补偿')).toEqual(['强制拆除', '补偿']);
    expect(queryTerms('ＡＢＣ１２３')).toEqual(['abc123']);
    expect(queryTerms('听　证')).toEqual(['听', '证']);
    expect(queryTerms('   ')).toEqual([]);
  });

  it('finds every term in text written in either width, with offsets in the original', () => {
    const text = '依据《行政处罚法》第４２条，应当告知听证。ABC公司申请听证';
    const ranges = findTermRanges(text, ['42', '听证', 'abc']);
    expect(ranges.map(([s, e]) => text.slice(s, e))).toEqual(['４２', '听证', 'ABC', '听证']);
  });

  it('prefers the longer term where two overlap', () => {
    const text = '听证程序与听证';
    expect(findTermRanges(text, ['听证', '听证程序']).map(([s, e]) => text.slice(s, e))).toEqual([
      '听证程序',
      '听证',
    ]);
  });

  it('keeps offsets when a fold would change the length', () => {
    const text = '㈠𝐀听证';
    expect(foldText(text)).toHaveLength(text.length);
    const [range] = findTermRanges(text, ['听证']);
    expect(text.slice(range![0], range![1])).toBe('听证');
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
