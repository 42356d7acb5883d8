import { describe, expect, it } from 'vitest';
import { chineseToNumber, numberToChinese } from '../../shared/numerals';
import { normalizeLawName, parseProvision, parseProvisions } from '../../core/text/provision';

describe('Chinese numerals', () => {
  it.each([
    ['四十四', 44],
    ['十', 10],
    ['十二', 12],
    ['一百零三', 103],
    ['二百', 200],
    ['二〇一七', 2017],
    ['二○一七', 2017],
    ['44', 44],
  ])('%s → %d', (text, n) => expect(chineseToNumber(text)).toBe(n));
  it('is NaN for other text', () => expect(chineseToNumber('四x')).toBeNaN());
});

describe('provision citations', () => {
  it('reads every written form of the same article to one normalized value', () => {
    for (const form of [
      '《中华人民共和国行政处罚法》第四十四条',
      '行政处罚法第44条',
      '《行政处罚法》第４４条',
      '《中华人民共和国行政处罚法》（2017年修正）第四十四条',
    ]) {
      expect(parseProvision(form)).toEqual({ law: '行政处罚法', article: 44, clause: '' });
    }
  });

  it('keeps the clause and carries the law over to following articles', () => {
    expect(
      parseProvisions('依照《中华人民共和国行政诉讼法》第七十条第（三）项、第七十四条第一款第二项之规定'),
    ).toEqual([
      { law: '行政诉讼法', article: 70, clause: '第（三）项' },
      { law: '行政诉讼法', article: 74, clause: '第一款第二项' },
    ]);
  });

  it('normalizes law names', () => {
    expect(normalizeLawName('《中华人民共和国政府信息公开条例》')).toBe('政府信息公开条例');
    expect(normalizeLawName('《工伤保险条例》(2010年修订)')).toBe('工伤保险条例');
  });
});

describe('numbers written in Chinese', () => {
  it('writes what chineseToNumber reads back, for every article number up to 1,200', () => {
    for (let n = 1; n <= 1200; n++) expect(chineseToNumber(numberToChinese(n))).toBe(n);
  });
  it.each([
    [10, '十'],
    [44, '四十四'],
    [105, '一百零五'],
    [110, '一百一十'],
  ])('%d → %s', (n, text) => expect(numberToChinese(n)).toBe(text));
});
