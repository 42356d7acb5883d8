import type { SearchOutput } from '../../../../core/contract/search';

const quoted = (words: readonly string[]) => words.map((k) => `“${k}”`).join('');

/**
 * The answer in words: how many cases hold the whole query, and when none does, what the
 * 部分匹配 list under the results holds instead.
 */
export function statusText(answer: SearchOutput | undefined, q: string): string {
  if (!answer) return '正在检索…';
  const partial = answer.partial.length;
  if (answer.total > 0 || !partial) {
    const more = partial ? `；另有 ${partial} 件只含部分检索词，列在“部分匹配”下` : '';
    return `共 ${answer.total} 件${more}`;
  }
  const none = `没有案例完整含有“${q}”`;
  switch (answer.matchedBy) {
    case 'terms':
      return `${none}。“部分匹配”列出同时含有${quoted(answer.keywords)}的案例（不计入结果）`;
    case 'law':
      return `没有案例引用该条文（已按新旧条文对照查找）。“部分匹配”列出只提到该法律名称的案例（不计入结果）`;
    case 'all':
      return `${none}。“部分匹配”列出含有其每个字、但不连在一起的案例（不计入结果）`;
    default:
      return `${none}。“部分匹配”列出只含其中部分字词的案例（不计入结果）`;
  }
}
