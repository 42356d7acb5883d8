import { Alert, Button, Progress } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { errorText } from '../../api/showError';

/** Shown when the search index lags the library: rebuild it with visible progress. */
export function IndexStaleBanner({ onRebuilt }: { onRebuilt: () => void }) {
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [error, setError] = useState<string>();

  const rebuild = () => {
    const jobId = `rebuild-index-${Date.now()}`;
    setProgress({ done: 0, total: 1 });
    const timer = setInterval(() => {
      void api
        .call('jobs.progress', { jobId })
        .then((p) => p.total && setProgress({ done: p.done, total: p.total }));
    }, 400);
    api
      .call('search.rebuildIndex', { jobId })
      .then(() => onRebuilt())
      .catch((e: unknown) => setError(errorText(e)))
      .finally(() => {
        clearInterval(timer);
        setProgress(null);
      });
  };

  return (
    <Alert
      type={error ? 'error' : 'warning'}
      showIcon
      style={{ marginBottom: 8 }}
      message={error ?? '检索索引与案例库不一致，结果可能不完整。'}
      action={
        progress ? (
          <Progress
            percent={Math.round((progress.done / Math.max(1, progress.total)) * 100)}
            size="small"
            style={{ width: 160 }}
          />
        ) : (
          <Button size="small" onClick={rebuild}>
            重建索引
          </Button>
        )
      }
    />
  );
}
