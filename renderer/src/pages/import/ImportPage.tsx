import { App, Button, Progress, Space, Steps, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { ImportDraft } from '../../../../core/contract/import';
import { api } from '../../api/client';
import { FileSelect } from './FileSelect';
import { ImportReport, type ReportRow } from './ImportReport';
import './import.css';
import { encodeFiles } from './readFiles';
import { ReviewStep, type OnDuplicate } from './ReviewStep';
import { usePreviewJob } from './usePreviewJob';
import { showError } from '../../api/showError';

type Step = 'select' | 'reading' | 'review' | 'done';

/** 录入与导入: judgments and case lists → reviewed drafts → one all-or-nothing commit. */
const ACTION_TEXT = {
  created: '已作为草稿导入',
  replaced: '已替换旧案例（旧版本在历史中）',
  merged: '已合并到较早审级的草稿（原内容在历史中）',
} as const;

export function ImportPage() {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [step, setStep] = useState<Step>('select');
  const [drafts, setDrafts] = useState<ImportDraft[]>([]);
  const [failures, setFailures] = useState<{ name: string; message: string }[]>([]);
  const [report, setReport] = useState<ReportRow[]>([]);
  const [committing, setCommitting] = useState(false);
  const job = usePreviewJob();

  const read = async (files: File[], text: string) => {
    setStep('reading');
    try {
      const local = await encodeFiles(files);
      const result = await job.run({
        files: local.encoded.length ? local.encoded : undefined,
        text: text.trim() ? text : undefined,
      });
      setDrafts(result.drafts);
      setFailures([...local.failures, ...result.failures]);
      setStep('review');
    } catch (e) {
      showError(message, e);
      setStep('select');
    }
  };

  const commit = async (
    selected: ImportDraft[],
    onDuplicate: OnDuplicate,
    merges: Record<string, string>,
  ) => {
    setCommitting(true);
    try {
      const result = await api.call('import.commit', {
        drafts: selected.map((d) => ({ name: d.name, case: d.case, mergeInto: merges[d.key] })),
        onDuplicate,
      });
      const byName = new Map(selected.map((d) => [d.name, d]));
      setReport([
        ...result.imported.map((r): ReportRow => {
          const problems = byName.get(r.name)?.problems ?? [];
          return {
            name: r.name,
            status: problems.length ? 'review' : 'imported',
            title: r.title,
            caseId: r.id,
            detail: `${ACTION_TEXT[r.action]}${problems.length ? `；请核对：${problems.join(' ')}` : ''}`,
          };
        }),
        ...result.skipped.map((s): ReportRow => ({ name: s.name, status: 'skipped', detail: s.reason })),
        ...failures.map((f): ReportRow => ({ name: f.name, status: 'failed', detail: f.message })),
      ]);
      setStep('done');
    } catch (e) {
      showError(message, e, '导入失败，案例库未作改动：');
    } finally {
      setCommitting(false);
    }
  };

  const current = { select: 0, reading: 0, review: 1, done: 2 }[step];
  return (
    <div>
      <Typography.Title level={3}>录入与导入</Typography.Title>
      <Steps
        size="small"
        current={current}
        style={{ maxWidth: 720, marginBottom: 20 }}
        items={[{ title: '选择文书或清单' }, { title: '核对提取的字段' }, { title: '导入结果' }]}
      />
      {step === 'select' && <FileSelect onRead={(files, text) => void read(files, text)} />}
      {step === 'reading' && (
        <Space direction="vertical" style={{ width: 480 }} className="import-progress">
          <Typography.Text>{job.progress?.message ?? '正在读取…'}</Typography.Text>
          <Progress
            percent={job.progress?.total ? Math.round((job.progress.done / job.progress.total) * 100) : 0}
            format={() => `${job.progress?.done ?? 0}/${job.progress?.total ?? 0}`}
          />
          <Button onClick={() => void job.cancel()}>取消</Button>
        </Space>
      )}
      {step === 'review' && (
        <ReviewStep
          drafts={drafts}
          failures={failures}
          committing={committing}
          onChange={(i, c) => setDrafts((ds) => ds.map((d, j) => (j === i ? { ...d, case: c } : d)))}
          onCommit={(selected, onDuplicate, merges) => void commit(selected, onDuplicate, merges)}
          onBack={() => setStep('select')}
        />
      )}
      {step === 'done' && (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Typography.Text>
            导入 {report.filter((r) => r.status === 'imported' || r.status === 'review').length} 件，跳过{' '}
            {report.filter((r) => r.status === 'skipped').length} 件，失败{' '}
            {report.filter((r) => r.status === 'failed').length} 个文件。
          </Typography.Text>
          <ImportReport rows={report} />
          <Space>
            <Button type="primary" onClick={() => setStep('select')}>
              继续导入
            </Button>
            <Button onClick={() => void navigate('/library')}>查看案例库</Button>
          </Space>
        </Space>
      )}
    </div>
  );
}
