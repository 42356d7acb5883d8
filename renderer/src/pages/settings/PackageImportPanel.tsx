import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Collapse,
  Descriptions,
  List,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import type { OpOutput } from '../../../../core/contract';
import { api } from '../../api/client';
import { pickFileToRead, type PickedFile } from './fileTransfer';
import { formatTime } from './format';
import { errorText } from '../../api/showError';

type Inspection = OpOutput<'packages.inspect'>;
type Change = Inspection['changes']['added'][number];

function ChangeList({ items, total }: { items: Change[]; total: number }) {
  return (
    <List
      size="small"
      dataSource={items}
      footer={total > items.length ? `另有 ${total - items.length} 个未列出` : undefined}
      renderItem={(c) => (
        <List.Item>
          {c.title}
          {c.localEdits && <Tag color="orange">您改过：本地版本将保留为历史版本</Tag>}
        </List.Item>
      )}
    />
  );
}

/** 导入案例包 (officer): check the package, show signer, fingerprint and changes, then import. */
export function PackageImportPanel() {
  const { message } = App.useApp();
  const [picked, setPicked] = useState<PickedFile>();
  const [movePin, setMovePin] = useState(false);
  const [inspection, setInspection] = useState<Inspection>();
  const [problem, setProblem] = useState<string>();
  const [trust, setTrust] = useState(false);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string>();

  const inspect = async () => {
    setInspection(undefined);
    setProblem(undefined);
    setDone(undefined);
    setTrust(false);
    setMovePin(false);
    setBusy(true);
    try {
      const file = await pickFileToRead(['anjian']);
      setPicked(file ?? undefined);
      if (!file) return;
      setInspection(await api.call('packages.inspect', { path: file.path }));
    } catch (e) {
      setProblem(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  const importNow = async () => {
    setBusy(true);
    try {
      if (!picked) return;
      const r = await api.call('packages.import', {
        path: picked.path,
        trustSigner: trust,
        moveSignerPin: movePin,
      });
      setDone(
        `导入完成：新增 ${r.added} 个，更新 ${r.updated} 个，撤回 ${r.withdrawn} 个案例。您的标签、收藏、笔记和划线均未改动。`,
      );
      setInspection(undefined);
      void message.success('案例包已导入');
    } catch (e) {
      setProblem(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  const pinMismatch = inspection?.pinned?.mismatch === true;
  const canImport =
    inspection && !inspection.older && (inspection.trusted || trust) && (!pinMismatch || movePin);
  return (
    <Card title="导入案例包" size="small">
      <Typography.Paragraph type="secondary">
        法制部门发来的 .anjian 案例包。导入前先查看签名者和变更；导入前会自动备份。
      </Typography.Paragraph>
      <Space>
        <Button type="primary" onClick={() => void inspect()} loading={busy && !inspection}>
          选择案例包…
        </Button>
        {picked && <Typography.Text type="secondary">{picked.name}</Typography.Text>}
      </Space>
      {problem && (
        <Alert style={{ marginTop: 12 }} type="error" showIcon message="不能导入" description={problem} />
      )}
      {done && <Alert style={{ marginTop: 12 }} type="success" showIcon message={done} />}
      {inspection && (
        <Space direction="vertical" style={{ width: '100%', marginTop: 12 }}>
          <Descriptions size="small" bordered column={2}>
            <Descriptions.Item label="来源">
              {inspection.libraryName || inspection.libraryId}
            </Descriptions.Item>
            <Descriptions.Item label="版本">
              第 {inspection.version} 版
              {inspection.installedVersion !== null && `（已安装第 ${inspection.installedVersion} 版）`}
            </Descriptions.Item>
            <Descriptions.Item label="签发时间">{formatTime(inspection.createdAt)}</Descriptions.Item>
            <Descriptions.Item label="签名者">
              {inspection.signer.name}{' '}
              {inspection.trusted ? <Tag color="green">受信任</Tag> : <Tag color="red">未受信任</Tag>}
            </Descriptions.Item>
            <Descriptions.Item label="签名指纹" span={2}>
              <Typography.Text code className="fingerprint">
                {inspection.signer.fingerprint}
              </Typography.Text>
            </Descriptions.Item>
            {inspection.changelog ? (
              <Descriptions.Item label="更新说明" span={2}>
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
                  {inspection.changelog}
                </Typography.Paragraph>
              </Descriptions.Item>
            ) : null}
          </Descriptions>
          {inspection.older && <Alert type="error" showIcon message="此案例包比已安装的版本旧，不能导入。" />}
          {pinMismatch && inspection.pinned && (
            <Alert
              type="error"
              showIcon
              message="签名者与此案例库首次安装时记录的不同"
              description={
                <Space direction="vertical">
                  <span>
                    此前记录的签名指纹为{' '}
                    <Typography.Text code className="fingerprint">
                      {inspection.pinned.fingerprint}
                    </Typography.Text>
                    ，本案例包的指纹不同。签名者名称相同不代表是同一发布单位。
                  </span>
                  <Checkbox checked={movePin} onChange={(e) => setMovePin(e.target.checked)}>
                    我已与发布单位当面或电话核实其更换了密钥，改用新的签名者（导入前会自动备份）
                  </Checkbox>
                </Space>
              }
            />
          )}
          {!inspection.trusted && !inspection.older && (
            <Alert
              type="warning"
              showIcon
              message="签名者不在受信任列表中"
              description={
                <Checkbox checked={trust} onChange={(e) => setTrust(e.target.checked)}>
                  我已通过电话或当面与发布单位核对上面的签名指纹，信任此签名者
                </Checkbox>
              }
            />
          )}
          <Collapse
            size="small"
            items={[
              {
                key: 'added',
                label: `新增 ${inspection.counts.added} 个案例`,
                children: <ChangeList items={inspection.changes.added} total={inspection.counts.added} />,
              },
              {
                key: 'updated',
                label: `更新 ${inspection.counts.updated} 个案例${inspection.counts.localEdits ? `（其中 ${inspection.counts.localEdits} 个您改过）` : ''}`,
                children: <ChangeList items={inspection.changes.updated} total={inspection.counts.updated} />,
              },
              {
                key: 'withdrawn',
                label: `撤回 ${inspection.counts.withdrawn} 个案例（移入回收站）`,
                children: (
                  <ChangeList items={inspection.changes.withdrawn} total={inspection.counts.withdrawn} />
                ),
              },
            ]}
          />
          <Typography.Text type="secondary">
            另有 {inspection.counts.unchanged} 个案例没有变化。
          </Typography.Text>
          <Button type="primary" disabled={!canImport} loading={busy} onClick={() => void importNow()}>
            导入
          </Button>
        </Space>
      )}
    </Card>
  );
}
