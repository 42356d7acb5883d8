import { escapeHtml } from './text';

/**
 * Where a printed Chinese case title may wrap. With `word-break: keep-all` the browser breaks
 * only at the <wbr> put here: after the parties (诉), after a unit of a place or an agency
 * (省 市 区 县 州 旗 镇 乡 政府 局 厅 委员会 院), after closing brackets and 、, and before the
 * 行政… that names the kind of case. So 马鞍山市花山区 never splits as 花山 / 区.
 */
const BREAK_AFTER =
  /(诉|省|自治区|市|区|县|州|旗|盟|镇|乡|街道办事处|人民政府|政府|局|厅|委员会|委|院|）|、|》)$/;
/** Words that begin with a unit character: 市场监督管理局 must not break after 市. */
const NOT_A_UNIT_END = /^(场|政|级|域|民|属|长|委|里|镇)/;
const BREAK_BEFORE = /^(行政|与|及)/;

export function titleWithBreaks(title: string): string {
  const chars = [...title];
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    out += escapeHtml(chars[i]!);
    const before = chars.slice(0, i + 1).join('');
    const after = chars.slice(i + 1).join('');
    if (!after) break;
    if ((BREAK_AFTER.test(before) && !NOT_A_UNIT_END.test(after)) || BREAK_BEFORE.test(after)) out += '<wbr>';
  }
  return out;
}
