import { Alert, Button, Checkbox, Flex, List, Radio, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { ImportDraft } from '../../../../core/contract/import';
import type { CaseContent } from '../../../../shared/case';
import { DraftReview, draftErrors, notLostReason } from './DraftReview';
import { InstanceChoice } from './InstanceChoice';

export type OnDuplicate = 'skip' | 'replace' | 'keepBoth';

interface Props {
  drafts: ImportDraft[];
  failures: { name: string; message: string }[];
  committing: boolean;
  onChange: (index: number, c: CaseContent) => void;
  /** merges: draft key → the earlier draft case it merges into (InstanceChoice). */
  onCommit: (selected: ImportDraft[], onDuplicate: OnDuplicate, merges: Record<string, string>) => void;
  onBack: () => void;
}

/** Step two: every draft with its status; the selected one beside its sources; then commit. */
export function ReviewStep({ drafts, failures, committing, onChange, onCommit, onBack }: Props) {
  const [current, setCurrent] = useState(0);
  // A judgment where the agency did not lose (驳回起诉, 驳回诉讼请求, 维持…) is left unticked.
  const [chosen, setChosen] = useState<boolean[]>(() => drafts.map((d) => !notLostReason(d)));
  const [onDuplicate, setOnDuplicate] = useState<OnDuplicate>('skip');
  const [merges, setMerges] = useState<Record<string, string>>({});
  const selected = drafts.filter((_d, i) => chosen[i]);
  const invalid = selected.filter((d) => Object.keys(draftErrors(d.case)).length > 0);
  const anyDuplicate = drafts.some((d) => d.duplicates.length > 0);
  const draft = drafts[current];
  return (
    <Flex gap={16} align="flex-start" className="import-review-step">
      <div style={{ width: 300, flex: 'none' }}>
        <List
          size="small"
          bordered
          header={`草稿 ${drafts.length} 件${failures.length ? `，失败 ${failures.length} 个` : ''}`}
          dataSource={drafts}
          renderItem={(d, i) => (
            <List.Item
              className={i === current ? 'import-draft-item current' : 'import-draft-item'}
              onClick={() => setCurrent(i)}
            >
              <Checkbox
                checked={chosen[i]}
                aria-label={`导入 ${d.name}`}
                onClick={(e) => e.stopPropagation()}
                onChange={(e) => setChosen((c) => c.map((v, j) => (j === i ? e.target.checked : v)))}
              />
              <div style={{ flex: 1, minWidth: 0, marginLeft: 8 }}>
                <Typography.Text ellipsis style={{ display: 'block' }}>
                  {d.case.title}
                </Typography.Text>
                <Typography.Text type="secondary" ellipsis style={{ display: 'block', fontSize: 12 }}>
                  {d.name}
                </Typography.Text>
                {notLostReason(d) && <div className="import-not-lost">{notLostReason(d)}</div>}
              </div>
              {notLostReason(d) ? (
                <Tag color="default">未败诉</Tag>
              ) : d.duplicates.length > 0 ? (
                <Tag color="purple">重复</Tag>
              ) : d.problems.length > 0 ? (
                <Tag color="orange">需核对</Tag>
              ) : (
                <Tag color="green">可导入</Tag>
              )}
            </List.Item>
          )}
        />
        {failures.length > 0 && (
          <Alert
            className="import-failures"
            style={{ marginTop: 12 }}
            type="error"
            message={`${failures.length} 个文件未能读取`}
            description={
              <ul style={{ margin: 0, paddingLeft: 18 }}>
                {failures.map((f) => (
                  <li key={f.name}>{f.message}</li>
                ))}
              </ul>
            }
          />
        )}
      </div>
      <div style={{ flex: 1, minWidth: 0 }}>
        <Space wrap style={{ marginBottom: 12 }}>
          <Button
            type="primary"
            loading={committing}
            disabled={!selected.length || invalid.length > 0}
            onClick={() => onCommit(selected, onDuplicate, merges)}
          >
            导入选中的 {selected.length} 件
          </Button>
          {anyDuplicate && (
            <Radio.Group
              value={onDuplicate}
              onChange={(e) => setOnDuplicate(e.target.value as OnDuplicate)}
              aria-label="案号重复时"
            >
              <Radio value="skip">重复的跳过</Radio>
              <Radio value="replace">替换旧案例（旧版本留在历史中）</Radio>
              <Radio value="keepBoth">两者都保留</Radio>
            </Radio.Group>
          )}
          <Button onClick={onBack}>重新选择文件</Button>
          {invalid.length > 0 && (
            <Typography.Text type="danger">有 {invalid.length} 件草稿的字段有误，请先修改。</Typography.Text>
          )}
        </Space>
        {draft && (
          <InstanceChoice
            draft={draft}
            mergeInto={merges[draft.key]}
            onChange={(id) =>
              setMerges(({ [draft.key]: _old, ...rest }) => (id ? { ...rest, [draft.key]: id } : rest))
            }
          />
        )}
        {draft && <DraftReview key={draft.key} draft={draft} onChange={(c) => onChange(current, c)} />}
      </div>
    </Flex>
  );
}
