/**
 * The one reading of what an officer types into the search box, shared by the search engine
 * (core/search/queryPlan.ts) and the reader's highlighting (renderer), so both agree on which
 * words a query has. Operators as 北大法宝 and 裁判文书网 users know them:
 *
 *   听证 告知            both words (each with its synonyms)
 *   "超越职权"            exactly this phrase (no synonyms, no rewording)
 *   -罚款  NOT 罚款       cases without the word
 *   听证 OR 告知  听证|告知  either word
 *   标题:工伤  案号:  法院:  机关:  法条:  评析:  原文:   the word in one part of the case
 *
 * Anything else is read as plain words: a query never fails to parse.
 */

export const QUERY_FIELDS = [
  'title',
  'caseNumber',
  'court',
  'agency',
  'statute',
  'analysis',
  'fullText',
] as const;
export type QueryField = (typeof QUERY_FIELDS)[number];

/** The prefixes as typed (with a half- or full-width colon) and the field each names. */
export const FIELD_PREFIXES: Readonly<Record<string, QueryField>> = {
  标题: 'title',
  案号: 'caseNumber',
  法院: 'court',
  机关: 'agency',
  法条: 'statute',
  评析: 'analysis',
  原文: 'fullText',
};

export const FIELD_LABELS: Readonly<Record<QueryField, string>> = {
  title: '标题',
  caseNumber: '案号',
  court: '法院',
  agency: '机关',
  statute: '法条',
  analysis: '评析',
  fullText: '原文',
};

export interface QueryWord {
  /** The word as typed, without quotes, prefix or minus sign. */
  text: string;
  /** Written in quotes: matched exactly as typed, without synonyms. */
  quoted: boolean;
  field?: QueryField;
}

export interface ParsedQuery {
  /** Every group must match; a group matches when any of its words does (A OR B). */
  groups: QueryWord[][];
  /** Words no matching case may contain. */
  excluded: QueryWord[];
}

type Lexeme = { kind: 'or' } | { kind: 'not' } | { kind: 'word'; word: QueryWord; negated: boolean };

const SPACE = /[\s\u3000]/;
const OPEN_QUOTES: Readonly<Record<string, string>> = { '"': '"', '“': '”', '「': '」' };
const PREFIX = new RegExp(`^(${Object.keys(FIELD_PREFIXES).join('|')})[:：]`);

function lex(q: string): Lexeme[] {
  const out: Lexeme[] = [];
  const chars = [...q];
  let i = 0;
  let pendingField: QueryField | undefined;
  while (i < chars.length) {
    const ch = chars[i] as string;
    if (SPACE.test(ch)) {
      i++;
      continue;
    }
    if (ch === '|' || ch === '｜') {
      out.push({ kind: 'or' });
      i++;
      continue;
    }
    let negated = false;
    if ((ch === '-' || ch === '－') && i + 1 < chars.length && !SPACE.test(chars[i + 1] as string)) {
      negated = true;
      i++;
    }
    let field = pendingField;
    pendingField = undefined;
    const prefix = PREFIX.exec(chars.slice(i, i + 3).join(''));
    if (prefix) {
      field = FIELD_PREFIXES[prefix[1] as string];
      i += [...prefix[0]].length;
      // 标题: 听证 — the prefix applies to the next word.
      if (i >= chars.length || SPACE.test(chars[i] as string)) {
        pendingField = field;
        continue;
      }
    }
    const close = OPEN_QUOTES[chars[i] as string];
    let text = '';
    let quoted = false;
    if (close) {
      quoted = true;
      i++;
      while (i < chars.length && chars[i] !== close && !(close === '”' && chars[i] === '"'))
        text += chars[i++];
      i++;
    } else {
      while (i < chars.length) {
        const c = chars[i] as string;
        if (SPACE.test(c) || c === '|' || c === '｜' || (c in OPEN_QUOTES && text)) break;
        text += c;
        i++;
      }
    }
    if (!quoted && !negated && !field && (text === 'OR' || text === 'NOT' || text === 'AND')) {
      if (text !== 'AND') out.push({ kind: text === 'OR' ? 'or' : 'not' });
      continue;
    }
    if (!text.trim()) continue;
    out.push({ kind: 'word', word: { text: text.trim(), quoted, ...(field ? { field } : {}) }, negated });
  }
  return out;
}

/** Reads a query; unknown or incomplete syntax (a dangling OR, an open quote) becomes plain words. */
export function parseQuery(q: string): ParsedQuery {
  const groups: QueryWord[][] = [];
  const excluded: QueryWord[] = [];
  let or = false;
  let not = false;
  for (const lexeme of lex(q)) {
    if (lexeme.kind === 'or') {
      or = groups.length > 0;
      continue;
    }
    if (lexeme.kind === 'not') {
      not = true;
      continue;
    }
    if (lexeme.negated || not) excluded.push(lexeme.word);
    else if (or) groups[groups.length - 1]?.push(lexeme.word);
    else groups.push([lexeme.word]);
    or = false;
    not = false;
  }
  return { groups, excluded };
}

const quoteIfNeeded = (w: QueryWord): string => {
  const body = w.quoted || /[\s|｜"]/.test(w.text) ? `"${w.text.replace(/"/g, '')}"` : w.text;
  return `${w.field ? `${FIELD_LABELS[w.field]}:` : ''}${body}`;
};

/** The query written back in the box's syntax (a parse of it gives the same ParsedQuery). */
export function formatQuery(parsed: ParsedQuery): string {
  return [
    ...parsed.groups.map((g) => g.map(quoteIfNeeded).join(' OR ')),
    ...parsed.excluded.map((w) => `-${quoteIfNeeded(w)}`),
  ].join(' ');
}

/**
 * The query searched in one field only where it names none (the 全文/标题 selector beside the
 * box): 标题 puts every unprefixed word in the title.
 */
export function scopeQuery(q: string, scope: 'all' | QueryField): string {
  if (scope === 'all' || !q.trim()) return q;
  const parsed = parseQuery(q);
  const scoped = (w: QueryWord): QueryWord => (w.field ? w : { ...w, field: scope });
  return formatQuery({
    groups: parsed.groups.map((g) => g.map(scoped)),
    excluded: parsed.excluded.map(scoped),
  });
}

/** Every positive word of a query, for highlighting: what a matching case holds. */
export const positiveWords = (parsed: ParsedQuery): QueryWord[] => parsed.groups.flat();
