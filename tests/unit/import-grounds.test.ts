import { describe, expect, it } from 'vitest';
import { groundRefs, reasonOfRef } from '../../core/import/extract/groundCitations';
import { readLossReasons } from '../../core/import/extract/lossReasons';
import { reasoningSpans, sentencesOf } from '../../core/import/extract/reasoning';

const codesOf = (clause: string) => groundRefs(clause).map(reasonOfRef);

describe('grounds read from the items of 行政诉讼法 a court cites', () => {
  it('reads §70 items, §72, §74, §75, §77 and §78 of the 2014/2017 law', () => {
    expect(codesOf('依照《中华人民共和国行政诉讼法》第七十条第（一）项、第（三）项之规定')).toEqual([
      'evidence',
      'procedure',
    ]);
    expect(codesOf('依照《行政诉讼法》第七十条第（二）、（四）、（五）、（六）项')).toEqual([
      'law',
      'ultra-vires',
      'abuse',
      'unreasonable',
    ]);
    expect(codesOf('依照《中华人民共和国行政诉讼法》第七十二条的规定')).toEqual(['nonperformance']);
    expect(codesOf('根据《中华人民共和国行政诉讼法》第七十四条第一款第（二）项的规定')).toEqual([
      'minor-procedure',
    ]);
    expect(codesOf('依照《中华人民共和国行政诉讼法》第七十四条第二款第（三）项')).toEqual(['nonperformance']);
    expect(codesOf('依照《中华人民共和国行政诉讼法》第七十五条')).toEqual(['void']);
    expect(codesOf('依照《中华人民共和国行政诉讼法》第七十七条第一款')).toEqual(['unreasonable']);
    expect(codesOf('依照《中华人民共和国行政诉讼法》第七十八条第一款')).toEqual(['agreement-breach']);
  });

  it('reads the 1989 law: §54(2)①–⑤ by 目, §54(3) and §54(4)', () => {
    expect(codesOf('依照《中华人民共和国行政诉讼法》第五十四条第（二）项第1目之规定')).toEqual(['evidence']);
    expect(codesOf('《中华人民共和国行政诉讼法》第54条第2项第3目的规定')).toEqual(['procedure']);
    expect(codesOf('依照《行政诉讼法》第五十四条第（二）项第2目、第4目、第5目')).toEqual([
      'law',
      'ultra-vires',
      'abuse',
    ]);
    expect(codesOf('依照《中华人民共和国行政诉讼法》第五十四条第（三）项')).toEqual(['nonperformance']);
    expect(codesOf('依照《中华人民共和国行政诉讼法》第五十四条第（四）项')).toEqual(['unreasonable']);
    // §54(2) without a 目 names no single ground: the reasoning's words decide.
    expect(codesOf('依照《中华人民共和国行政诉讼法》第五十四条第（二）项')).toEqual([undefined]);
  });

  it('ignores articles that only dispose of a case, and the judicial interpretations', () => {
    expect(codesOf('依照《中华人民共和国行政诉讼法》第六十九条、第八十九条第一款第（一）项')).toEqual([
      undefined,
      undefined,
    ]);
    expect(groundRefs('依照《最高人民法院关于适用〈中华人民共和国行政诉讼法〉的解释》第七十条')).toEqual([]);
  });
});

/** Our own reasoning passages, written for the test: what courts say when they cite no item. */
function reasonsOf(reasoning: string): string[] {
  const text = `本院认为，${reasoning}\n依照《中华人民共和国行政诉讼法》第八十九条第一款第（一）项之规定，判决如下：\n驳回上诉，维持原判。`;
  const end = text.indexOf('驳回上诉');
  return readLossReasons(sentencesOf(text, reasoningSpans(text, end)), undefined).map((r) => r.code);
}

describe('grounds read from the words of 本院认为', () => {
  it('reads the usual wording', () => {
    expect(reasonsOf('被告未能提供证据证明其认定的事实，被诉决定主要证据不足。')).toEqual(['evidence']);
    expect(reasonsOf('被告作出处罚决定缺乏法律依据，应予撤销。')).toEqual(['law']);
    expect(reasonsOf('被告在作出决定前未告知原告陈述、申辩的权利，违反法定程序。')).toEqual(['procedure']);
    expect(reasonsOf('罚款数额与违法情节不相称，处罚明显不当。')).toEqual(['unreasonable']);
    expect(reasonsOf('镇政府无权作出该决定，属于超越职权。')).toEqual(['ultra-vires']);
    expect(reasonsOf('被告至今未履行法定职责，原告的请求应予支持。')).toEqual(['nonperformance']);
    expect(reasonsOf('被告送达程序存在瑕疵，属程序轻微违法，但对原告权利不产生实际影响。')).toEqual([
      'minor-procedure',
    ]);
  });

  it('does not read a denied ground, a party’s claim or a quoted statute as the court’s finding', () => {
    expect(reasonsOf('被诉决定认定事实清楚，程序合法，并无明显不当。')).toEqual([]);
    expect(reasonsOf('上诉人主张被告违反法定程序的理由不能成立，本院不予支持。')).toEqual([]);
    expect(
      reasonsOf(
        '《中华人民共和国行政诉讼法》第三十四条规定：“被告不提供或者无正当理由逾期提供证据，视为没有相应证据。”',
      ),
    ).toEqual([]);
  });
});
