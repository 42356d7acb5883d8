import { Alert, Button, Skeleton, Space, Typography } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import type { CaseDetail } from '../../../../core/contract/cases';
import { api } from '../../api/client';
import { useApi } from '../../api/useApi';
import { fieldView, TEXT_FIELDS, type Highlight } from './caseFields';
import { CaseHeader } from './CaseHeader';
import { CaseSections, SECTION_ORDER } from './CaseSections';
import { EditCaseButton } from '../editor/EditCaseButton';
import { ExportCaseButton } from '../../components/ExportCaseButton';
import { CaseToc } from './CaseToc';
import './casePage.css';
import { ReadingToolbar } from './ReadingToolbar';
import { SelectionHighlighter } from './SelectionHighlighter';
import { findRanges, queryNeedles } from '../../../../shared/search/highlight';
import { parseQuery, positiveWords } from '../../../../shared/search/queryParse';

/**
 * One case, for reading: `/case/<id>?q=<search query>` marks the query's terms on arrival;
 * `?hl=<highlight id>` scrolls to one of the user's highlights, `?section=note` to a section.
 */
export function CasePage() {
  const { id = '' } = useParams();
  // Keyed by id: moving to another case starts from nothing rather than the last case's data.
  return <CaseLoader key={id} id={id} />;
}

function CaseLoader({ id }: { id: string }) {
  const { data: c, error, reload } = useApi('cases.get', { id });
  const highlights = useApi('highlights.list', { caseId: id });
  useEffect(() => {
    api.call('recent.record', { caseId: id }).catch(() => undefined);
  }, [id]);
  if (error) return <Alert type="error" message={error.message} />;
  if (!c || !highlights.data) return <Skeleton active />;
  return (
    <CaseView
      c={c}
      highlights={highlights.data}
      onCaseChanged={reload}
      onHighlightsChanged={highlights.reload}
    />
  );
}

interface ViewProps {
  c: CaseDetail;
  highlights: Highlight[];
  onCaseChanged: () => void;
  onHighlightsChanged: () => void;
}

const scrollToMark = (selector: string) => {
  const mark = document.querySelector<HTMLElement>(selector);
  if (!mark) return;
  mark.scrollIntoView({ block: 'center' });
  mark.classList.add('mark-flash');
  window.setTimeout(() => mark.classList.remove('mark-flash'), 2000);
};

function CaseView({ c, highlights, onCaseChanged, onHighlightsChanged }: ViewProps) {
  const [params] = useSearchParams();
  const q = params.get('q') ?? '';
  const jumpTo = Number(params.get('hl')) || undefined;
  // Marked as the search read the query: same parse, the library's synonyms, numerals.
  const synonyms = useApi('search.synonyms', q ? {} : null);
  const terms = useMemo(() => queryNeedles(q, synonyms.data?.groups), [q, synonyms.data]);
  const words = useMemo(() => positiveWords(parseQuery(q)).map((w) => w.text), [q]);
  const rootRef = useRef<HTMLDivElement>(null);

  /** How often the search terms occur, per section. */
  const termCounts = useMemo(
    () => TEXT_FIELDS.map(({ field }) => findRanges(fieldView(c, field).text, terms).length),
    [c, terms],
  );
  const termTotal = termCounts.reduce((a, b) => a + b, 0);
  const onlyInFullText = termTotal > 0 && termTotal === termCounts[TEXT_FIELDS.length - 1];
  const [fullTextOpen, setFullTextOpen] = useState(
    () => onlyInFullText || highlights.find((h) => h.id === jumpTo)?.field === 'fullText',
  );
  const [termIndex, setTermIndex] = useState(-1);

  const jumpToSection = params.get('section');
  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      if (jumpTo) scrollToMark(`mark[data-highlight-id="${jumpTo}"]`);
      else if (jumpToSection)
        document.getElementById(`sec-${jumpToSection}`)?.scrollIntoView({ block: 'start' });
    });
    return () => cancelAnimationFrame(frame);
  }, [jumpTo, jumpToSection]);

  const jump = (h: Highlight) => {
    if (h.field === 'fullText') setFullTextOpen(true);
    requestAnimationFrame(() => scrollToMark(`mark[data-highlight-id="${h.id}"]`));
  };
  const nextTerm = () => {
    const marks = rootRef.current?.querySelectorAll<HTMLElement>(
      '.case-sections mark.hl-query:not(.mark-continued)',
    );
    if (!marks?.length) return;
    const next = (termIndex + 1) % marks.length;
    const mark = marks[next];
    if (mark?.closest('#sec-fullText')) setFullTextOpen(true);
    setTermIndex(next);
    requestAnimationFrame(() => {
      marks.forEach((m) => m.classList.remove('hl-query-current'));
      mark?.classList.add('hl-query-current');
      mark?.scrollIntoView({ block: 'center' });
    });
  };

  const sections = useMemo(
    () =>
      SECTION_ORDER.filter(({ id }) => {
        if (id === 'fullText') return c.fullText.trim() !== '';
        if (id === 'summary' || id === 'issues' || id === 'ruling' || id === 'analysis' || id === 'lessons')
          return c[id].trim() !== '';
        return true;
      }).map(({ id, label }) => ({ id, label })),
    [c],
  );

  return (
    <div className="case-page" ref={rootRef}>
      <article className="case-body">
        <CaseHeader value={c} onChanged={onCaseChanged} />
        <ReadingToolbar
          actions={
            <>
              <EditCaseButton id={c.id} />
              <ExportCaseButton caseId={c.id} title={c.title} />
            </>
          }
        />
        {terms.length > 0 && (
          <Alert
            className="query-banner no-print"
            type={termTotal ? 'info' : 'warning'}
            showIcon
            message={
              <Space wrap>
                <Typography.Text>
                  检索词 <mark className="hl-query">{words.join(' ')}</mark>
                  {termTotal ? ` 在本案出现 ${termTotal} 处，已标出` : ' 未在本案正文中出现'}
                </Typography.Text>
                {termTotal > 0 && (
                  <Button size="small" onClick={nextTerm}>
                    {termIndex < 0 ? '跳到第一处' : `下一处（${termIndex + 1}/${termTotal}）`}
                  </Button>
                )}
              </Space>
            }
          />
        )}
        <CaseSections
          value={c}
          highlights={highlights}
          terms={terms}
          fullTextOpen={fullTextOpen}
          onFullTextOpen={setFullTextOpen}
          onHighlightsChanged={onHighlightsChanged}
          onJumpToHighlight={jump}
        />
      </article>
      <CaseToc sections={sections} />
      <SelectionHighlighter caseId={c.id} root={rootRef} onCreated={onHighlightsChanged} />
    </div>
  );
}
