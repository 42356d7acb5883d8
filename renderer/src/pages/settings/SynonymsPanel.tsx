import { Alert, App, Button, Card, Popconfirm, Select, Space, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { api } from '../../api/client';
import { useApi } from '../../api/useApi';
import { errorText, showError } from '../../api/showError';

/** Words are separated by spaces or commas as they are typed; 、 stays, it is part of 陈述、申辩. */
const SEPARATORS = [' ', ',', '，', ';', '；'];

interface Row {
  key: number;
  words: string[];
}

let nextKey = 0;
const toRows = (groups: string[][]): Row[] => groups.map((words) => ({ key: nextKey++, words }));

/**
 * 检索同义词: the groups of words a search treats as one (征地/征收/拆迁). The legal office
 * adapts them to local usage; they apply from the next search, with no index to rebuild, and
 * travel in the library packages it publishes.
 */
export function SynonymsPanel() {
  const { message } = App.useApp();
  const table = useApi('search.synonyms', {});
  const saved = useMemo(() => toRows(table.data?.groups ?? []), [table.data]);
  /** The user's unsaved edits; undefined shows the table as saved. */
  const [draft, setDraft] = useState<Row[]>();
  const rows = draft ?? saved;
  const dirty = draft !== undefined;
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string>();

  const edit = (next: Row[]) => {
    setDraft(next);
    setError(undefined);
  };
  const discard = () => {
    setDraft(undefined);
    setError(undefined);
  };

  const save = async () => {
    setSaving(true);
    try {
      await api.call('search.saveSynonyms', {
        groups: rows.map((r) => r.words).filter((w) => w.length > 0),
      });
      discard();
      void message.success('已保存同义词表，下一次检索起生效');
      table.reload();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setSaving(false);
    }
  };

  const reset = async () => {
    try {
      await api.call('search.resetSynonyms', {});
      discard();
      void message.success('已恢复内置同义词表');
      table.reload();
    } catch (e) {
      showError(message, e);
    }
  };

  return (
    <Card
      size="small"
      title="检索同义词"
      extra={
        table.data &&
        (table.data.edited ? <Tag color="blue">本案例库的同义词表</Tag> : <Tag>内置同义词表</Tag>)
      }
    >
      <Typography.Paragraph type="secondary">
        同一组中的词在检索时视为同义：检索其中任何一个词，也会找到写作其他词的案例（排在原词之后）。
        输入词语后按空格或回车分隔。保存后下一次检索即生效，无需重建索引；法制部门发布的案例包会带上本表。
      </Typography.Paragraph>
      <Space direction="vertical" style={{ width: '100%' }}>
        {rows.map((row, i) => (
          <Space.Compact key={row.key} style={{ width: '100%' }}>
            <Select
              mode="tags"
              aria-label={`第 ${i + 1} 组同义词`}
              style={{ width: '100%' }}
              value={row.words}
              tokenSeparators={SEPARATORS}
              open={false}
              suffixIcon={null}
              placeholder="输入同义的词语"
              onChange={(words: string[]) => edit(rows.map((r) => (r.key === row.key ? { ...r, words } : r)))}
            />
            <Button
              aria-label={`删除第 ${i + 1} 组`}
              onClick={() => edit(rows.filter((r) => r.key !== row.key))}
            >
              删除
            </Button>
          </Space.Compact>
        ))}
        {error && <Alert type="error" showIcon message="未保存" description={error} />}
        <Space wrap>
          <Button onClick={() => edit([...rows, { key: nextKey++, words: [] }])}>添加一组</Button>
          <Button type="primary" disabled={!dirty} loading={saving} onClick={() => void save()}>
            保存同义词表
          </Button>
          {dirty && <Button onClick={discard}>放弃修改</Button>}
          <Popconfirm
            title="恢复内置同义词表？"
            description="本案例库自己的同义词将被内置表替换。"
            okText="恢复"
            cancelText="取消"
            onConfirm={() => void reset()}
          >
            <Button disabled={!table.data?.edited}>恢复内置同义词表</Button>
          </Popconfirm>
        </Space>
      </Space>
    </Card>
  );
}
