import { App, Alert, Button, Flex, List, Popconfirm, Select, Skeleton, Space, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import type { CaseRecord } from '../../../../shared/case';
import { api } from '../../api/client';
import { useLossReasonName } from '../../api/taxonomy';
import { useApi } from '../../api/useApi';
import { caseFieldTexts } from './caseText';
import './history.css';
import { SideBySideDiff } from './SideBySideDiff';
import { showError } from '../../api/showError';
import { formatDateTime } from '../../../../shared/display';

const REASONS: Record<string, string> = { save: '保存', 'import-replace': '导入时被替换' };
const reasonText = (reason: string) =>
  reason.startsWith('restore:') ? `恢复到版本 ${reason.slice(8)} 之前` : (REASONS[reason] ?? reason);

/** `/history/<id>`: every saved version, a side-by-side diff of any two, and restore. */
export function HistoryPage() {
  const { message } = App.useApp();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const lossReasonName = useLossReasonName();
  const current = useApi('cases.get', { id });
  const revisions = useApi('cases.revisions', { id });
  const [leftRev, setLeftRev] = useState<number>();
  const [rightRev, setRightRev] = useState<number>();
  const latest = current.data?.revision;
  const left = leftRev ?? revisions.data?.[0]?.revision;
  const right = rightRev ?? latest;
  const leftVersion = useApi(
    'cases.revision',
    left !== undefined && left !== latest ? { id, revision: left } : null,
  );
  const rightVersion = useApi(
    'cases.revision',
    right !== undefined && right !== latest ? { id, revision: right } : null,
  );
  const versionOf = (rev: number | undefined, fetched: CaseRecord | undefined) =>
    rev === latest ? current.data : fetched?.revision === rev ? fetched : undefined;
  const a = versionOf(left, leftVersion.data);
  const b = versionOf(right, rightVersion.data);
  const texts = useMemo(
    () =>
      a && b
        ? { left: caseFieldTexts(a, lossReasonName), right: caseFieldTexts(b, lossReasonName) }
        : undefined,
    [a, b, lossReasonName],
  );

  const restore = async (revision: number) => {
    try {
      await api.call('cases.restoreRevision', { id, revision });
      void message.success(`已恢复到版本 ${revision}（恢复前的内容已存为新的历史版本）`);
      setLeftRev(undefined);
      setRightRev(undefined);
      current.reload();
      revisions.reload();
    } catch (e) {
      showError(message, e);
    }
  };

  if (current.error) return <Alert type="error" message={current.error.message} />;
  if (!current.data || !revisions.data) return <Skeleton active />;
  const options = [
    { value: current.data.revision, label: `版本 ${current.data.revision}（当前）` },
    ...revisions.data.map((r) => ({
      value: r.revision,
      label: `版本 ${r.revision}（${formatDateTime(r.savedAt)}）`,
    })),
  ];
  return (
    <div className="history-page">
      <Typography.Title level={3}>历史版本：{current.data.title}</Typography.Title>
      <Space style={{ marginBottom: 12 }}>
        <Button onClick={() => void navigate(`/case/${id}`)}>返回案例</Button>
        <Button onClick={() => void navigate(`/editor/${id}`)}>编辑</Button>
      </Space>
      <Flex gap={16} align="flex-start">
        <List
          className="history-list"
          size="small"
          bordered
          style={{ width: 300, flex: 'none' }}
          header="版本（每次保存前的内容都会保留）"
          dataSource={[
            {
              revision: current.data.revision,
              savedAt: current.data.updatedAt,
              reason: '',
              title: current.data.title,
            },
            ...revisions.data,
          ]}
          renderItem={(r) => (
            <List.Item
              actions={
                r.revision === latest
                  ? [<Tag key="c">当前</Tag>]
                  : [
                      <Popconfirm
                        key="r"
                        title={`恢复到版本 ${r.revision}？当前内容会先存为历史。`}
                        okText="恢复"
                        cancelText="取消"
                        onConfirm={() => void restore(r.revision)}
                      >
                        <Button size="small">恢复</Button>
                      </Popconfirm>,
                    ]
              }
            >
              <List.Item.Meta
                title={`版本 ${r.revision}`}
                description={`${formatDateTime(r.savedAt)} ${r.reason ? reasonText(r.reason) : ''}`}
              />
            </List.Item>
          )}
        />
        <div style={{ flex: 1, minWidth: 0 }}>
          {revisions.data.length === 0 ? (
            <Alert type="info" message="这个案例还没有被修改过，只有当前版本。" />
          ) : (
            <>
              <Space style={{ marginBottom: 8 }}>
                比较
                <Select
                  aria-label="左侧版本"
                  style={{ width: 220 }}
                  value={left}
                  options={options}
                  onChange={setLeftRev}
                />
                与
                <Select
                  aria-label="右侧版本"
                  style={{ width: 220 }}
                  value={right}
                  options={options}
                  onChange={setRightRev}
                />
              </Space>
              {texts ? (
                <SideBySideDiff
                  left={texts.left}
                  right={texts.right}
                  leftTitle={`版本 ${left}`}
                  rightTitle={`版本 ${right}`}
                />
              ) : (
                <Skeleton active />
              )}
            </>
          )}
        </div>
      </Flex>
    </div>
  );
}
