import { Tag, Tooltip, Typography } from 'antd';
import { useMemo, type ReactNode } from 'react';
import type { CaseDetail } from '../../../../core/contract/cases';
import { sectionLabel, type CaseHeadingKey } from '../../../../shared/sections';
import { useTaxonomy } from '../../api/taxonomy';
import { fieldMarks, fieldView, type Highlight, type HighlightField } from './caseFields';
import { FieldText } from './FieldText';
import { FullTextPanel } from './FullTextPanel';
import { HighlightList } from './HighlightList';
import { NoteSection } from './NoteSection';
import { ProvisionSection } from './ProvisionSection';
import { InstanceChain } from './InstanceChain';
import { RelatedCases } from './RelatedCases';
import { orMissing } from '../../../../shared/display';

/** The sections of the case page in their fixed order; CaseToc lists the same ids. */
const PAGE_ORDER = [
  'summary',
  'issues',
  'ruling',
  'lossReasons',
  'analysis',
  'lessons',
  'provisions',
  'related',
  'note',
  'highlights',
  'source',
  'fullText',
] as const satisfies readonly CaseHeadingKey[];
export const SECTION_ORDER = PAGE_ORDER.map((id) => ({ id, label: sectionLabel(id) }));

interface Props {
  value: CaseDetail;
  highlights: Highlight[];
  terms: string[];
  fullTextOpen: boolean;
  onFullTextOpen: (open: boolean) => void;
  onHighlightsChanged: () => void;
  onJumpToHighlight: (h: Highlight) => void;
}

/** The sections of a case in reading order: 案情简介 … 来源, with 原文 collapsible at the end. */
export function CaseSections({ value: c, highlights, terms, ...props }: Props) {
  const { lossReasons } = useTaxonomy();
  const text = (field: Exclude<HighlightField, 'fullText'>, extra?: ReactNode) => (
    <TextSection key={field} c={c} field={field} extra={extra} highlights={highlights} terms={terms} />
  );
  const fullText = useMemo(() => fieldView(c, 'fullText'), [c]);
  const fullTextMarks = useMemo(() => fieldMarks(fullText, highlights, terms), [fullText, highlights, terms]);
  return (
    <div className="case-sections">
      {text('summary')}
      {text('issues')}
      {text('ruling', c.outcomeBasis === 'library classification' && <ClassifiedTag />)}
      {c.lossReasons.length > 0 && (
        <section className="case-section" id="sec-lossReasons">
          <h2>{sectionLabel('lossReasons')}</h2>
          <ul>
            {c.lossReasons.map((r) => {
              const def = lossReasons.find((d) => d.code === r.code);
              return (
                <li key={r.code}>
                  <strong>{def?.name ?? r.code}</strong>
                  <Typography.Text type="secondary">（{def?.article}）</Typography.Text>
                  {r.ground && `：${r.ground}`}
                </li>
              );
            })}
          </ul>
        </section>
      )}
      {text('analysis')}
      {text('lessons')}
      <ProvisionSection provisions={c.provisions} />
      <InstanceChain caseId={c.id} />
      <RelatedCases caseId={c.id} />
      <NoteSection caseId={c.id} />
      <HighlightList
        value={c}
        highlights={highlights}
        onChanged={props.onHighlightsChanged}
        onJump={props.onJumpToHighlight}
      />
      <section className="case-section" id="sec-source">
        <h2>{sectionLabel('source')}</h2>
        <p>{orMissing(c.source)}</p>
        {/* About the library's own analysis: said only where there is one. */}
        {c.analysis.trim() && (
          <Typography.Paragraph type="secondary" className="source-disclaimer">
            本案评析为案鉴编写组根据公开发布的裁判要旨自行撰写，仅供学习参考；案件事实与裁判内容以公开发布的原文为准。
          </Typography.Paragraph>
        )}
      </section>
      {c.fullText && (
        <FullTextPanel
          view={fullText}
          marks={fullTextMarks}
          open={props.fullTextOpen}
          onOpenChange={props.onFullTextOpen}
        />
      )}
    </div>
  );
}

interface TextSectionProps {
  c: CaseDetail;
  field: Exclude<HighlightField, 'fullText'>;
  /** Shown beside the heading, e.g. that the outcome was classified by the library. */
  extra?: ReactNode;
  highlights: Highlight[];
  terms: string[];
}

/** The outcome field (filters, statistics) was set by the library, not read in the court's order. */
function ClassifiedTag() {
  return (
    <Tooltip title="所据资料未载明法院的判项，裁判结果类型由本库根据公开的裁判要旨归类">
      <Tag className="outcome-classified">结果为本库归类</Tag>
    </Tooltip>
  );
}

function TextSection({ c, field, extra, highlights, terms }: TextSectionProps) {
  const view = useMemo(() => fieldView(c, field), [c, field]);
  const marks = useMemo(() => fieldMarks(view, highlights, terms), [view, highlights, terms]);
  if (!c[field].trim()) return null;
  return (
    <section className="case-section" id={`sec-${field}`}>
      <h2>{sectionLabel(field)}</h2>
      {/* Beside the heading, not in it: the heading's name stays the section's name. */}
      {extra && <div className="section-note">{extra}</div>}
      <FieldText view={view} marks={marks} className="markdown" />
    </section>
  );
}
