import { chineseToNumber } from '../../../shared/numerals';
import type { LossReasonCode } from '../../../shared/taxonomy';

/** One cited piece of 《行政诉讼法》: 第五十四条第（二）项第3目 → {article 54, item 2, sub 3}. */
export interface GroundRef {
  article: number;
  paragraph?: number;
  item?: number;
  sub?: number;
}

const NUM = '[零〇○一二两三四五六七八九十百\\d]+';
/** 第N条 / 第（N）项 / 第3目, and a further item after 、 written without 第 (第（2）、（3）目). */
const TOKEN = new RegExp(`(?:第|(?<=[、和及]))[（(]?(${NUM})[）)]?(条|款|项|目)`, 'g');
/** 行政诉讼法 itself, not its judicial interpretations (…行政诉讼法若干问题的解释). */
const LAW = /行政诉讼法(?![^，。；]{0,4}(解释|若干问题))[》>〉]?/g;

const toNumber = (s: string) => (/^\d+$/.test(s) ? Number(s) : chineseToNumber(s));

const ONE = `[（(]?${NUM}[）)]?`;
const SHARED_UNIT = new RegExp(`第(${ONE})((?:[、和及]${ONE})+)(项|目)`, 'g');

/** 第（一）、（三）项 → 第（一）项、第（三）项: each number of a list gets the unit written once at its end. */
const spreadUnit = (s: string): string =>
  s.replace(SHARED_UNIT, (_all, first: string, more: string, unit: string) =>
    [first, ...more.split(/[、和及]/).filter(Boolean)].map((n) => `第${n}${unit}`).join('、'),
  );

/** The articles, items and sub-items of 行政诉讼法 cited in a sentence. */
export function groundRefs(sentence: string): GroundRef[] {
  const compact = sentence.replace(/[\s\u3000]/g, '');
  const refs: GroundRef[] = [];
  for (const law of compact.matchAll(LAW)) {
    const from = law.index + law[0].length;
    const rest = compact.slice(from);
    const stop = rest.search(/规定|[。；;]|《|判决|裁定/);
    const chunk = spreadUnit(rest.slice(0, stop < 0 ? 80 : Math.min(stop, 120)));
    if (!/^第/.test(chunk)) continue;
    let current: GroundRef | undefined;
    for (const t of chunk.matchAll(TOKEN)) {
      const n = toNumber(t[1]!);
      const unit = t[2];
      if (unit === '条') {
        current = { article: n };
        refs.push(current);
      } else if (!current) {
        continue;
      } else if (unit === '款') {
        if (current.paragraph !== undefined || current.item !== undefined) {
          current = { article: current.article, paragraph: n };
          refs.push(current);
        } else current.paragraph = n;
      } else if (unit === '项') {
        if (current.item !== undefined) {
          current = { article: current.article, paragraph: current.paragraph, item: n };
          refs.push(current);
        } else current.item = n;
      } else if (current.sub !== undefined) {
        current = { ...current, sub: n };
        refs.push(current);
      } else current.sub = n;
    }
  }
  return refs;
}

const ITEMS_70: LossReasonCode[] = ['evidence', 'law', 'procedure', 'ultra-vires', 'abuse', 'unreasonable'];

/**
 * The ground a cited provision states, in the 2014/2017 law (§70 items, §72, §74, §75, §77, §78)
 * or the 1989 law (§54(2)①–⑤, §54(3), §54(4)). Articles that only say how a case is disposed of
 * (§69 驳回, §89 上诉) state no ground.
 */
export function reasonOfRef(ref: GroundRef): LossReasonCode | undefined {
  switch (ref.article) {
    case 70:
      return ref.item ? ITEMS_70[ref.item - 1] : undefined;
    case 72:
      return 'nonperformance';
    case 74:
      if (ref.paragraph === 2) return ref.item === 3 ? 'nonperformance' : undefined;
      return ref.item === 2 ? 'minor-procedure' : undefined;
    case 75:
      return 'void';
    case 77:
      return 'unreasonable';
    case 78:
      return 'agreement-breach';
    case 54: // 1989 law; only item 2 has sub-items (目), so an item cited with a 目 is item 2 miswritten.
      if (ref.item === 2 || (ref.sub && ref.item)) return ref.sub ? ITEMS_70[ref.sub - 1] : undefined;
      if (ref.item === 3) return 'nonperformance';
      if (ref.item === 4) return 'unreasonable';
      return undefined;
    default:
      return undefined;
  }
}
