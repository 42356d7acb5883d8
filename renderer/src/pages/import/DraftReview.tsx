import { Alert, Input, Select, Table, Tag, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import type { ImportDraft } from '../../../../core/contract/import';
import type { CaseContent } from '../../../../shared/case';
import { caseProblems } from '../../../../shared/caseRules';
import { partialDateProblem } from '../../../../shared/dates';
import { useTaxonomy } from '../../api/taxonomy';
import { LossReasonsEditor, NamesEditor, ProvisionsEditor } from './ListEditors';
import { SourcePassage } from './sourcePassage';
import { orMissing } from '../../../../shared/display';

interface Row {
  key: string;
  label: string;
  /** The field of the extraction whose source passage to show. */
  source: string;
  value: ReactNode;
  error?: string;
}

/** The title a draft was proposed with, from its parties; kept in step while the user has not retyped it. */
const titleFrom = (plaintiffs: string[], defendants: string[], cause: string) =>
  plaintiffs[0] && defendants[0]
    ? `${plaintiffs[0]}${plaintiffs.length > 1 ? '等' : ''}诉${defendants[0]}${defendants.length > 1 ? '等' : ''}${cause.replace(/^不服/, '')}案`
    : '';

/** Why a draft is not proposed as a lost case, or '' when it is. */
export function notLostReason(draft: ImportDraft): string {
  const f = draft.fields;
  if (draft.kind !== 'judgment' || f.agencyLost === true) return '';
  if (f.agencyLost === false) return `文书结果为“${f.outcome}”，行政机关未败诉`;
  return f.outcome ? `文书结果为“${f.outcome}”，未对行政行为作出实体判断` : '未能识别裁判结果';
}

/** Problems the review screen shows before a commit: the same checks the editor makes. */
export function draftErrors(c: CaseContent): Partial<Record<keyof CaseContent, string>> {
  const errors: Partial<Record<keyof CaseContent, string>> = {};
  if (!c.title.trim()) errors.title = '请填写标题';
  for (const p of caseProblems(c)) errors[p.field] = p.message;
  const date = c.judgmentDate && partialDateProblem(c.judgmentDate);
  if (date) errors.judgmentDate = date;
  return errors;
}

/** Each proposed field beside the passage of the judgment it came from; the case fields are editable. */
export function DraftReview({ draft, onChange }: { draft: ImportDraft; onChange: (c: CaseContent) => void }) {
  const taxonomy = useTaxonomy();
  const c = draft.case;
  const f = draft.fields;
  const errors = draftErrors(c);
  const set = (patch: Partial<CaseContent>) => onChange({ ...c, ...patch });
  const [parties, setParties] = useState({ plaintiffs: f.plaintiffs, thirdParties: f.thirdParties });
  const defendants = c.defendant ? c.defendant.split('、') : [];
  /** Parties change the proposed title too, unless the user has written a title of their own. */
  const setParty = (next: { plaintiffs?: string[]; defendants?: string[] }) => {
    const before = titleFrom(parties.plaintiffs, defendants, f.cause);
    const plaintiffs = next.plaintiffs ?? parties.plaintiffs;
    const defs = next.defendants ?? defendants;
    const after = titleFrom(plaintiffs, defs, f.cause);
    setParties((p) => ({ ...p, plaintiffs }));
    set({
      defendant: defs.join('、'),
      ...(after && (c.title === before || !c.title) ? { title: after } : {}),
    });
  };
  const notLost = notLostReason(draft);
  const text = (field: 'title' | 'caseNumber' | 'court', label: string) => (
    <Input
      aria-label={label}
      value={c[field]}
      status={errors[field] ? 'error' : undefined}
      onChange={(e) => set({ [field]: e.target.value })}
    />
  );
  const readOnly = (value: string) => <Typography.Text>{orMissing(value)}</Typography.Text>;
  const rows: Row[] = [
    { key: 'title', label: '标题', source: 'cause', value: text('title', '标题'), error: errors.title },
    {
      key: 'caseNumber',
      label: '案号',
      source: 'caseNumber',
      value: text('caseNumber', '案号'),
      error: errors.caseNumber,
    },
    { key: 'court', label: '法院', source: 'court', value: text('court', '法院') },
    {
      key: 'courtLevel',
      label: '法院层级',
      source: 'courtLevel',
      value: (
        <Select
          aria-label="法院层级"
          allowClear
          style={{ width: 160 }}
          value={c.courtLevel}
          onChange={(v) => set({ courtLevel: v ?? null })}
          options={taxonomy.courtLevels.map((s) => ({ value: s, label: s }))}
        />
      ),
    },
    { key: 'docType', label: '文书类型', source: 'docType', value: readOnly(f.docType) },
    {
      key: 'trialStage',
      label: '审级',
      source: 'trialStage',
      value: (
        <Select
          aria-label="审级"
          allowClear
          style={{ width: 160 }}
          value={c.trialStage}
          onChange={(v) => set({ trialStage: v ?? null })}
          options={taxonomy.trialStages.map((s) => ({ value: s, label: s }))}
        />
      ),
    },
    {
      key: 'judgmentDate',
      label: '裁判日期',
      source: 'judgmentDate',
      value: (
        <Input
          aria-label="裁判日期"
          style={{ width: 160 }}
          value={c.judgmentDate ?? ''}
          status={errors.judgmentDate ? 'error' : undefined}
          onChange={(e) => set({ judgmentDate: e.target.value || null })}
        />
      ),
      error: errors.judgmentDate,
    },
    {
      key: 'plaintiffs',
      label: '原告',
      source: 'plaintiffs',
      value: (
        <NamesEditor
          label="原告"
          value={parties.plaintiffs}
          onChange={(plaintiffs) => setParty({ plaintiffs })}
        />
      ),
    },
    {
      key: 'defendant',
      label: '被告行政机关',
      source: 'defendants',
      value: (
        <NamesEditor label="被告行政机关" value={defendants} onChange={(d) => setParty({ defendants: d })} />
      ),
    },
    {
      key: 'agencyType',
      label: '机关类型',
      source: 'agencyType',
      value: (
        <Select
          aria-label="机关类型"
          allowClear
          style={{ width: 200 }}
          value={c.agencyType}
          onChange={(v) => set({ agencyType: v ?? null })}
          options={taxonomy.agencyTypes.map((s) => ({ value: s, label: s }))}
        />
      ),
    },
    {
      key: 'thirdParties',
      label: '第三人',
      source: 'thirdParties',
      value: (
        <NamesEditor
          label="第三人"
          value={parties.thirdParties}
          onChange={(thirdParties) => setParties((p) => ({ ...p, thirdParties }))}
        />
      ),
    },
    { key: 'cause', label: '案由', source: 'cause', value: readOnly(f.cause) },
    {
      key: 'judges',
      label: '审判人员',
      source: 'judges',
      value: readOnly(f.judges.map((j) => `${j.role} ${j.name}`).join('，')),
    },
    {
      key: 'provisions',
      label: '裁判依据',
      source: 'legalBasis',
      value: <ProvisionsEditor value={c.provisions} onChange={(provisions) => set({ provisions })} />,
    },
    {
      key: 'outcome',
      label: '裁判结果',
      source: 'disposition',
      value: (
        <span>
          <Select
            aria-label="裁判结果"
            style={{ width: 160 }}
            value={c.outcome}
            onChange={(v) => set({ outcome: v })}
            options={taxonomy.outcomes.map((s) => ({ value: s, label: s }))}
          />{' '}
          {f.outcome && f.outcome !== c.outcome && <Tag>文书：{f.outcome}</Tag>}
          {notLost && (
            <div className="import-not-lost">{notLost}，默认不导入；如确属败诉案例，请勾选并选择结果。</div>
          )}
        </span>
      ),
    },
    {
      key: 'lossReasons',
      label: '败诉原因',
      source: 'lossReasons',
      value: (
        <LossReasonsEditor
          value={c.lossReasons}
          evidence={f.lossReasonEvidence}
          onChange={(lossReasons) => set({ lossReasons })}
        />
      ),
    },
    {
      key: 'enforcementSteps',
      label: '执法环节',
      source: 'enforcementSteps',
      value: (
        <Select
          mode="multiple"
          aria-label="执法环节"
          style={{ width: '100%' }}
          value={c.enforcementSteps}
          onChange={(v) => set({ enforcementSteps: v })}
          options={taxonomy.enforcementSteps.map((s) => ({ value: s.code, label: s.name }))}
        />
      ),
    },
    {
      key: 'category',
      label: '案件类别',
      source: 'category',
      value: (
        <Select
          aria-label="案件类别"
          style={{ width: 160 }}
          value={c.category}
          onChange={(v) => set({ category: v })}
          options={taxonomy.categories.map((s) => ({ value: s, label: s }))}
        />
      ),
    },
    {
      key: 'ruling',
      label: '裁判主文',
      source: 'disposition',
      value: (
        <Input.TextArea
          aria-label="裁判主文"
          autoSize={{ minRows: 2, maxRows: 6 }}
          value={c.ruling}
          onChange={(e) => set({ ruling: e.target.value })}
        />
      ),
    },
    {
      key: 'relatedCaseNumbers',
      label: '关联案号',
      source: 'relatedCaseNumbers',
      value: (
        <NamesEditor
          label="关联案号"
          value={c.relatedCaseNumbers}
          onChange={(relatedCaseNumbers) => set({ relatedCaseNumbers })}
        />
      ),
    },
    { key: 'source', label: '来源', source: 'docType', value: readOnly(c.source) },
  ];
  return (
    <div className="import-review" data-draft={draft.name}>
      {draft.problems.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 8 }}
          message="需要核对"
          description={
            <ul style={{ margin: 0, paddingLeft: 18 }}>
              {draft.problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          }
        />
      )}
      <Table<Row>
        size="small"
        pagination={false}
        rowKey="key"
        dataSource={rows}
        columns={[
          { title: '字段', dataIndex: 'label', width: 110 },
          {
            title: '建议值（可修改）',
            dataIndex: 'value',
            width: '45%',
            render: (value: ReactNode, row) => (
              <div>
                {value}
                {row.error && <div className="import-field-error">{row.error}</div>}
              </div>
            ),
          },
          {
            title: '文书原文中的出处',
            dataIndex: 'source',
            render: (source: string) => <SourcePassage draft={draft} field={source} />,
          },
        ]}
      />
    </div>
  );
}
