import { Alert, Skeleton, Typography } from 'antd';
import { useMemo } from 'react';
import { useParams } from 'react-router';
import type { CaseContent } from '../../../../shared/case';
import { useApi } from '../../api/useApi';
import { CaseForm } from './CaseForm';
import { draftKey, readDraft } from './useDraftAutosave';

const EMPTY: CaseContent = {
  caseNumber: '',
  relatedCaseNumbers: [],
  title: '',
  court: '',
  courtLevel: null,
  trialStage: null,
  judgmentDate: null,
  region: '',
  defendant: '',
  agencyType: null,
  category: '其他',
  outcome: '撤销',
  outcomeBasis: 'judgment',
  lossReasons: [],
  enforcementSteps: [],
  provisions: [],
  summary: '',
  issues: '',
  ruling: '',
  analysis: '',
  lessons: '',
  fullText: '',
  source: '',
  status: 'draft',
  author: '',
  reviewer: '',
  reviewedAt: null,
};

/** The content fields of a stored case (identity and bookkeeping stay with the library). */
function contentOf(c: CaseContent): CaseContent {
  const out = { ...EMPTY };
  for (const key of Object.keys(EMPTY) as (keyof CaseContent)[])
    (out as Record<string, unknown>)[key] = c[key];
  return out;
}

/** `/editor/new` and `/editor/<id>`: write a new case or edit one. */
export function EditorPage() {
  const { id } = useParams();
  const isNew = !id || id === 'new';
  const { data, error } = useApi('cases.get', isNew ? null : { id });
  const initial = useMemo(() => (isNew ? EMPTY : data && contentOf(data)), [isNew, data]);
  const recovered = useMemo(() => {
    const draft = readDraft<CaseContent>(draftKey(isNew ? undefined : id));
    if (!draft || !initial) return undefined;
    return JSON.stringify({ ...initial, ...draft.values }) === JSON.stringify(initial) ? undefined : draft;
  }, [id, isNew, initial]);
  if (error) return <Alert type="error" message={error.message} />;
  if (!initial) return <Skeleton active />;
  return (
    <div style={{ maxWidth: 1080 }}>
      <Typography.Title level={3}>{isNew ? '新建案例' : `编辑：${data?.title ?? ''}`}</Typography.Title>
      <CaseForm
        key={id ?? 'new'}
        caseId={isNew ? undefined : id}
        revision={isNew ? null : (data?.revision ?? null)}
        initial={initial}
        recovered={recovered}
      />
    </div>
  );
}
