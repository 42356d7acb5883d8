import { normalize } from './normalize';

/**
 * Words of the field that mean the same for a search: the table a new library starts with
 * (the user edits the library's own copy). Synonyms are expanded at query time only, so editing
 * them changes what a query finds without rebuilding the index.
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['征地', '征收', '拆迁'],
  ['政府信息公开', '信息公开'],
  ['工伤认定', '工伤确认'],
  ['强制拆除', '强拆'],
  ['不作为', '不履行法定职责', '不履行职责'],
  ['人社局', '人力资源和社会保障局', '人力资源社会保障局', '劳动和社会保障局', '劳动保障局', '劳动人事局'],
  ['自然资源局', '国土资源局', '规划和自然资源局', '自然资源和规划局', '国土局', '国土环境资源局'],
  ['住建局', '住房和城乡建设局', '建设局'],
  ['市场监管局', '市场监督管理局', '工商局', '工商行政管理局'],
  ['环保局', '环境保护局', '生态环境局'],
  ['城管局', '城市管理局', '综合行政执法局'],
  ['行诉法', '行政诉讼法'],
  ['处罚法', '行政处罚法'],
  ['答复期限', '答复期间'],
  ['陈述申辩', '陈述和申辩', '陈述、申辩'],
];

/** Synonym groups with every member normalized, as queries are. */
export type SynonymTable = readonly (readonly string[])[];

export const normalizeSynonyms = (groups: SynonymTable): SynonymTable =>
  groups.map((g) => [...new Set(g.map((w) => normalize(w).trim()).filter(Boolean))]);

const BUILT_IN = normalizeSynonyms(SYNONYM_GROUPS);

const MAX_VARIANTS = 8;

/**
 * The normalized term and the variants its synonyms give, original first. The longest member
 * found wins within a group, so 政府信息公开 is not also rewritten as 政府政府信息公开.
 */
export function expandSynonyms(normalizedTerm: string, table: SynonymTable = BUILT_IN): string[] {
  const out = [normalizedTerm];
  for (const members of table) {
    const found = members.filter((m) => normalizedTerm.includes(m)).sort((a, b) => b.length - a.length)[0];
    if (!found) continue;
    for (const base of [...out]) {
      if (!base.includes(found)) continue;
      for (const other of members) {
        if (other === found) continue;
        const variant = base.replace(found, other);
        if (!out.includes(variant)) out.push(variant);
        if (out.length >= MAX_VARIANTS) return out;
      }
    }
  }
  return out;
}
