import { stripLabel, type Line, type PartyLists, type Span } from './types';

type Side = 'plaintiff' | 'defendant' | 'third';

const ROLE =
  /^(再审申请人|申请再审人|再审被申请人|被申请人|被上诉人|上诉人|原审原告|原审被告|原审第三人|一审原告|一审被告|一审第三人|原告|被告|第三人|申请人)\s*([（(][^）)]{1,40}[）)])?\s*[：:]?\s*/;
const AGENT =
  /^(法定代表人|法定代理人|负责人|出庭负责人|行政负责人|委托代理人|委托诉讼代理人|诉讼代表人|代表人|指定代理人|共同委托代理人|统一社会信用代码|住所地|住)/;
/** Phrases that only appear in the narrative after the party list. */
const NARRATIVE =
  /不服|一案|诉被告|诉称|因与|与被|提起|以下简称|向本院|诉[\u4e00-\u9fa5]{2,}(人民政府|局|委员会)/;

/** Which first-instance side a role belongs to; the bracket (原审被告 …) wins over the role word. */
function sideOf(role: string, note: string): Side {
  if (/原告/.test(note)) return 'plaintiff';
  if (/被告/.test(note)) return 'defendant';
  if (/第三人/.test(note)) return 'third';
  if (/第三人/.test(role)) return 'third';
  if (/^(被上诉人|再审被申请人|被申请人|被告|原审被告|一审被告)$/.test(role)) return 'defendant';
  return 'plaintiff';
}

const cleanName = (s: string): string =>
  s
    .replace(/[\s\u3000]/g, '')
    .split(/[，,。；;（(：:]/)[0]!
    .replace(/[<＜/][^，,。]*$/, '')
    .trim();

export interface PartyBlock extends PartyLists {
  spans: { plaintiffs: Span[]; defendants: Span[]; thirdParties: Span[] };
  /** First narrative line after the parties (审理经过), where 案由 is stated. */
  narrativeLine: number;
}

/**
 * The party list at the top of a judgment, one role per paragraph: 原告：X。/ 上诉人（原审被告）X，住所地… /
 * 再审申请人（一审原告、二审上诉人）X。 Agents and representatives are skipped. Sides are those of
 * first instance, so an agency that appealed is still a defendant.
 */
export function readParties(lines: Line[], from: number): PartyBlock {
  const block: PartyBlock = {
    plaintiffs: [],
    defendants: [],
    thirdParties: [],
    appellants: [],
    spans: { plaintiffs: [], defendants: [], thirdParties: [] },
    narrativeLine: lines.length,
  };
  const listOf = { plaintiff: 'plaintiffs', defendant: 'defendants', third: 'thirdParties' } as const;
  for (let i = from; i < Math.min(lines.length, from + 120); i++) {
    const line = lines[i]!;
    const body = stripLabel(line.raw).replace(/^[\s\u3000]+/, '');
    if (!body) continue;
    const role = ROLE.exec(body);
    if (!role) {
      if (AGENT.test(body) || body.length < 30 || !block.plaintiffs.length) continue;
      block.narrativeLine = i;
      break;
    }
    const rest = body.slice(role[0].length);
    if (AGENT.test(rest)) continue;
    const head = rest.split(/[，,。；;]/)[0] ?? '';
    if (NARRATIVE.test(head)) {
      block.narrativeLine = i;
      break;
    }
    let name = cleanName(rest);
    let nameLine = line;
    if (!name) {
      // 原告：<newline>刘燕文，男，…
      const offset = lines.slice(i + 1, i + 3).findIndex((l) => l.compact);
      const next = offset >= 0 ? lines[i + 1 + offset] : undefined;
      if (next) {
        name = cleanName(next.raw);
        nameLine = next;
        i += 1 + offset;
      }
    }
    if (!name || name.length > 60) continue;
    const side = sideOf(role[1]!, role[2] ?? '');
    const key = listOf[side];
    if (!block[key].includes(name)) {
      block[key].push(name);
      const exact = nameLine.raw.indexOf(name);
      const at = exact >= 0 ? exact : Math.max(0, nameLine.raw.indexOf(name[0]!));
      const start = nameLine.start + at;
      block.spans[key].push({ start, end: Math.min(nameLine.end, start + name.length) });
    }
    if (/^(上诉人|再审申请人|申请再审人|申请人)$/.test(role[1]!) && !block.appellants.includes(side)) {
      block.appellants.push(side);
    }
  }
  return block;
}
