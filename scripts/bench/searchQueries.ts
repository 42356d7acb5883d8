import type { CorpusCase } from './corpus';

export type QueryType =
  | '2-char'
  | 'phrase'
  | 'case-number'
  | 'statute'
  | 'agency'
  | 'reworded'
  | 'multi-word'
  | 'operator'
  | 'filtered';

export interface BenchQuery {
  type: QueryType;
  q: string;
  filters?: { categories?: string[] };
}

/**
 * The mixed query set of the search benchmark: every kind of query an officer types. Case
 * numbers come from the corpus itself, written in the other bracket styles.
 */
export function benchQueries(sample: readonly CorpusCase[]): BenchQuery[] {
  const numbers = sample
    .map((c) => c.caseNumber ?? '')
    .filter(Boolean)
    .slice(0, 6);
  const restyled = numbers.map((n, i) => {
    const core = n.replace(/^[（(〔](\d{4})[）)〕]/, '$1');
    const year = core.slice(0, 4);
    const rest = core.slice(4);
    return [`（${year}）${rest}`, `(${year})${rest}`, `〔${year}〕${rest}`][i % 3] ?? n;
  });
  return [
    ...['听证', '告知', '罚款', '送达', '拆除', '期限'].map((q) => ({ type: '2-char' as const, q })),
    ...['答复期限', '信息不存在', '强制拆除', '工伤认定', '超越职权', '主要证据不足'].map((q) => ({
      type: 'phrase' as const,
      q,
    })),
    ...restyled.map((q) => ({ type: 'case-number' as const, q })),
    ...[
      '行政处罚法第四十二条',
      '《中华人民共和国行政处罚法》第42条',
      '政府信息公开条例第三十六条',
      '工伤保险条例第14条',
      '行政强制法第三十五条',
      // The 2021 / 2019 numbering, searched with the older article the table maps it to.
      '行政处罚法第六十三条',
      '政府信息公开条例第三十三条',
      '行政诉讼法第七十条',
    ].map((q) => ({ type: 'statute' as const, q })),
    ...['罚款 听证 告知', '补偿 评估 送达', '征收 补偿', '信息公开 答复期限'].map((q) => ({
      type: 'multi-word' as const,
      q,
    })),
    ...[
      '"超越职权"',
      '听证 -罚款',
      '强拆 OR 强制拆除',
      '听证 | 告知 NOT 没收',
      '标题:工伤',
      '法条:行政处罚法第63条',
      '评析:听证',
      '法院:中级人民法院',
      '机关:人社局',
      '(强拆 OR 强制拆除) 补偿',
    ].map((q) => ({ type: 'operator' as const, q })),
    ...['人社局', '自然资源局', '市场监督管理局', '街道办事处'].map((q) => ({ type: 'agency' as const, q })),
    ...['未告知听证权利', '逾期未答复', '没有征收决定就强制拆除', '执法证件'].map((q) => ({
      type: 'reworded' as const,
      q,
    })),
    { type: 'filtered', q: '听证', filters: { categories: ['行政处罚'] } },
    { type: 'filtered', q: '答复期限', filters: { categories: ['政府信息公开'] } },
  ];
}

export const SUGGEST_PREFIXES = [
  '工',
  '工伤',
  '听证',
  '人社',
  '行政处罚法',
  '强制',
  '信息',
  '答复',
  '自然资源',
  '征',
];
