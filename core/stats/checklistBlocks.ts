import type { Checklist } from '../contract/checklists';
import type { Block, BlockDocument } from './blocks';

export const checklistTitle = (category: string) => `${category}败诉风险自查清单`;
export const refsText = (refs: number[]) => (refs.length ? ` 〔${refs.join('、')}〕` : '');

/** The one-page checklist as blocks: a section per loss reason with boxes to tick, then its sources. */
export function checklistBlocks(c: Checklist): BlockDocument {
  const title = checklistTitle(c.category);
  const blocks: Block[] = [
    { kind: 'title', text: title },
    {
      kind: 'para',
      small: true,
      text: `依据案例库中${c.category}类败诉案例 ${c.total} 件的裁判理由与启示建议整理。作出行政行为前逐项核对；〔 〕内数字为所依据的案例，见文末。`,
    },
  ];
  if (!c.sections.length) {
    blocks.push({ kind: 'para', text: '该类别暂无已标注败诉原因的案例，无法生成清单。' });
    return { title, blocks, compact: true };
  }
  c.sections.forEach((s, i) => {
    const steps = s.steps.length ? `；多发环节：${s.steps.map((x) => x.name).join('、')}` : '';
    blocks.push({ kind: 'heading', level: 1, text: `${i + 1}. ${s.name}（${s.count} 件）` });
    blocks.push({ kind: 'para', small: true, text: `${s.article}${steps}` });
    blocks.push({
      kind: 'checks',
      items: s.items.length
        ? s.items.map((item) => ({ text: item.text, refs: refsText(item.refs) }))
        : [{ text: `对照${s.article}核对本环节。`, refs: '' }],
    });
  });
  blocks.push({ kind: 'heading', level: 2, text: '所依据的案例' });
  for (const src of c.sources) {
    blocks.push({
      kind: 'para',
      small: true,
      text: `〔${src.n}〕${src.title}${src.caseNumber ? `\u3000${src.caseNumber}` : ''}`,
    });
  }
  return { title, blocks, compact: true };
}
