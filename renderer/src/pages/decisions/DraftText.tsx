import { Space, Tag } from 'antd';
import { useEffect, useMemo, useRef } from 'react';
import type { DecisionElement } from '../../../../core/contract/decisions';
import { segmentText } from './draftMarks';

const LEGEND: [DecisionElement['kind'], string][] = [
  ['agency', '作出机关'],
  ['party', '当事人'],
  ['facts', '认定事实'],
  ['evidence', '证据'],
  ['basis', '法律依据'],
  ['decision', '决定内容'],
  ['discretion', '裁量理由'],
  ['rights', '权利告知'],
  ['remedy', '救济途径'],
  ['date', '日期'],
];

/** The draft with its elements coloured, and the passage of the chosen finding outlined and scrolled to. */
export function DraftText({
  text,
  elements,
  passage,
}: {
  text: string;
  elements: DecisionElement[];
  passage?: { start: number; end: number };
}) {
  const segments = useMemo(() => segmentText(text.length, elements, passage), [text, elements, passage]);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.querySelector('.passage-active')?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [passage]);
  return (
    <div>
      <Space size={[4, 4]} wrap className="draft-legend" aria-label="要素图例">
        {LEGEND.map(([kind, label]) => (
          <Tag key={kind} className={`el el-${kind}`} bordered={false}>
            {label}
          </Tag>
        ))}
      </Space>
      <div className="draft-text" ref={box} aria-label="文书原文">
        {segments.map((s) => {
          const body = text.slice(s.start, s.end);
          const cls = [s.kind ? `el el-${s.kind}` : '', s.active ? 'passage-active' : ''].join(' ').trim();
          return cls ? (
            <mark key={s.start} className={cls} title={s.label} data-kind={s.kind}>
              {body}
            </mark>
          ) : (
            <span key={s.start}>{body}</span>
          );
        })}
      </div>
    </div>
  );
}
