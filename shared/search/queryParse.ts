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
 *   (强拆 OR 强制拆除) 补偿   brackets group (标题:(A OR B) puts both in the title)
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

type Lexeme =
  | { kind: 'or' }
  | { kind: 'not' }
  | { kind: 'open'; negated: boolean }
  | { kind: 'close' }
  | { kind: 'word'; word: QueryWord; negated: boolean };

const SPACE = /[\s\u3000]/;
const OPEN_QUOTES: Readonly<Record<string, string>> = { '"': '"', '“': '”', '「': '」' };
const PREFIX = new RegExp(`^(${Object.keys(FIELD_PREFIXES).join('|')})[:：]`);
const OPEN_PARENS = new Set(['(', '（']);
const CLOSE_PARENS = new Set([')', '）']);
const isBar = (c: string | undefined) => c === '|' || c === '｜';

/**
 * Where the group opened by the bracket at `at` closes, if it is a group: brackets that hold
 * more than one word (a space or | inside) and stand apart (space, |, end or a bracket after
 * them). (2017)最高法行再101号 and （2017） 苏01 are words, never groups.
 */
function groupEnd(chars: readonly string[], at: number): number | undefined {
  let depth = 0;
  let inner = false;
  for (let j = at; j < chars.length; j++) {
    const c = chars[j] as string;
    if (OPEN_PARENS.has(c)) depth++;
    else if (CLOSE_PARENS.has(c)) {
      if (--depth > 0) continue;
      const after = chars[j + 1];
      const apart = after === undefined || SPACE.test(after) || isBar(after) || CLOSE_PARENS.has(after);
      return inner && apart ? j : undefined;
    } else if (depth === 1 && (SPACE.test(c) || isBar(c))) inner = true;
  }
  return undefined;
}

function lex(q: string, grouping: boolean): Lexeme[] {
  const out: Lexeme[] = [];
  const chars = [...q];
  let i = 0;
  let pendingField: QueryField | undefined;
  /** Closing brackets of open groups, and the field each group's prefix gives its words (标题:(A OR B)). */
  const closers = new Set<number>();
  const groupFields: (QueryField | undefined)[] = [];
  while (i < chars.length) {
    const ch = chars[i] as string;
    if (closers.has(i)) {
      out.push({ kind: 'close' });
      groupFields.pop();
      i++;
      continue;
    }
    if (SPACE.test(ch)) {
      i++;
      continue;
    }
    if (isBar(ch)) {
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
    const inherited = groupFields[groupFields.length - 1];
    const end = grouping && OPEN_PARENS.has(chars[i] as string) ? groupEnd(chars, i) : undefined;
    if (end !== undefined) {
      closers.add(end);
      groupFields.push(field ?? inherited);
      out.push({ kind: 'open', negated });
      i++;
      continue;
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
      while (i < chars.length && !closers.has(i)) {
        const c = chars[i] as string;
        if (SPACE.test(c) || isBar(c) || (c in OPEN_QUOTES && text)) break;
        text += c;
        i++;
      }
    }
    if (!quoted && !negated && !field && (text === 'OR' || text === 'NOT' || text === 'AND')) {
      if (text !== 'AND') out.push({ kind: text === 'OR' ? 'or' : 'not' });
      continue;
    }
    if (!text.trim()) continue;
    const wordField = field ?? inherited;
    out.push({
      kind: 'word',
      word: { text: text.trim(), quoted, ...(wordField ? { field: wordField } : {}) },
      negated,
    });
  }
  return out;
}

/** More clauses than this from (A B) OR (C D)-style groups: the brackets are read as plain characters. */
const MAX_CLAUSES = 32;

const sameWord = (a: QueryWord, b: QueryWord) =>
  a.text === b.text && a.quoted === b.quoted && a.field === b.field;

/** (x1 AND x2) OR (y1 AND y2) = every xi OR yj: OR distributed over the clauses of both sides. */
function orOf(x: QueryWord[][], y: QueryWord[][]): QueryWord[][] | undefined {
  if (x.length * y.length > MAX_CLAUSES) return undefined;
  return x.flatMap((a) => y.map((b) => [...a, ...b.filter((w) => !a.some((v) => sameWord(v, w)))]));
}

/**
 * Reads the lexemes as AND over OR chains (OR binds closer than the space: A OR B C = (A OR B)
 * AND C), brackets grouping; the result as clauses (an AND of ORs). Undefined when an OR of
 * groups would spread into more than MAX_CLAUSES clauses.
 */
function readClauses(lexemes: readonly Lexeme[], excluded: QueryWord[]): QueryWord[][] | undefined {
  let pos = 0;
  let tooBig = false;
  const sequence = (): QueryWord[][] => {
    let clauses: QueryWord[][] = [];
    let chain: QueryWord[][] | undefined;
    let or = false;
    let not = false;
    while (pos < lexemes.length) {
      const l = lexemes[pos++] as Lexeme;
      if (l.kind === 'close') break;
      if (l.kind === 'or') {
        or = chain !== undefined;
        continue;
      }
      if (l.kind === 'not') {
        not = true;
        continue;
      }
      const operand = l.kind === 'open' ? sequence() : [[l.word]];
      if (l.negated || not) {
        // -(A OR B): cases holding any of the words are left out (exclusions hold for the whole query).
        excluded.push(...operand.flat());
      } else if (operand.length) {
        const joined = or && chain ? orOf(chain, operand) : undefined;
        if (or && chain && !joined) tooBig = true;
        if (joined) chain = joined;
        else {
          clauses = clauses.concat(chain ?? []);
          chain = operand;
        }
      }
      or = false;
      not = false;
    }
    return clauses.concat(chain ?? []);
  };
  const clauses = sequence();
  return tooBig ? undefined : clauses;
}

/**
 * Reads a query; unknown or incomplete syntax (a dangling OR, an open quote, an unmatched
 * bracket) becomes plain words. Brackets group: (强拆 OR 强制拆除) 补偿.
 */
export function parseQuery(q: string): ParsedQuery {
  const excluded: QueryWord[] = [];
  const groups = readClauses(lex(q, true), excluded);
  if (groups) return { groups, excluded };
  const plain: QueryWord[] = [];
  return { groups: readClauses(lex(q, false), plain) ?? [], excluded: plain };
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
