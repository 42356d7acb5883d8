import { Alert, Input, Select, Table, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { ImportDraft } from '../../../../core/contract/import';
import type { CaseContent } from '../../../../shared/case';
import { caseProblems } from '../../../../shared/caseRules';
import { partialDateProblem } from '../../../../shared/dates';
import { useTaxonomy } from '../../api/taxonomy';
import { SourcePassage } from './sourcePassage';

interface Row {
  key: string;
  label: string;
  /** The field of the extraction whose source passage to show. */
  source: string;
  value: ReactNode;
  error?: string;
}

const formatProvisions = (draft: ImportDraft) =>
  draft.case.provisions.map((p) => `《${p.law}》第${p.article}条${p.clause}`).join('；') || '—';

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
  const text = (field: 'title' | 'caseNumber' | 'court' | 'defendant', label: string) => (
    <Input
      aria-label={label}
      value={c[field]}
      status={errors[field] ? 'error' : undefined}
      onChange={(e) => set({ [field]: e.target.value })}
    />
  );
  const readOnly = (value: string) => <Typography.Text>{value || '—'}</Typography.Text>;
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
    { key: 'plaintiffs', label: '原告', source: 'plaintiffs', value: readOnly(f.plaintiffs.join('、')) },
    {
      key: 'defendant',
      label: '被告行政机关',
      source: 'defendants',
      value: text('defendant', '被告行政机关'),
    },
    {
      key: 'thirdParties',
      label: '第三人',
      source: 'thirdParties',
      value: readOnly(f.thirdParties.join('、')),
    },
    { key: 'cause', label: '案由', source: 'cause', value: readOnly(f.cause) },
    {
      key: 'judges',
      label: '审判人员',
      source: 'judges',
      value: readOnly(f.judges.map((j) => `${j.role} ${j.name}`).join('，')),
    },
    { key: 'provisions', label: '裁判依据', source: 'legalBasis', value: readOnly(formatProvisions(draft)) },
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
        </span>
      ),
    },
    {
      key: 'category',
      label: '案件类别',
      source: 'cause',
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
