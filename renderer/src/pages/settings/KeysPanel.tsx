import { App, Button, Card, Descriptions, Form, Input, Popconfirm, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import type { OpOutput } from '../../../../core/contract';
import { api } from '../../api/client';
import { useApi } from '../../api/useApi';
import { chooseSaveTarget, downloadText, pickFileToRead } from './fileTransfer';
import { formatTime } from './format';
import { showError } from '../../api/showError';

type Trusted = OpOutput<'keys.list'>[number];

/** Runs an operation, reports its error as a message, and reloads what it changed. */
function useAction() {
  const { message } = App.useApp();
  const [busy, setBusy] = useState<string>();
  const run = async (name: string, action: () => Promise<unknown>, done: string, after: () => void) => {
    setBusy(name);
    try {
      // An action answers false when the user cancelled its dialog: nothing to report.
      if ((await action()) !== false) {
        void message.success(done);
        after();
      }
    } catch (e) {
      showError(message, e);
    } finally {
      setBusy(undefined);
    }
  };
  return { busy, run };
}

/** This computer's signing key (legal office) and the signers this library trusts (officers). */
export function KeysPanel() {
  const key = useApi('keys.info', {});
  const trusted = useApi('keys.list', {});
  const { busy, run } = useAction();

  // Desktop: the save dialog, then the key is written there; browser: the key comes back in the
  // answer and is saved as a download (the host never keeps it where files are served).
  const exportKey = async () => {
    const path = await chooseSaveTarget(`${key.data?.name ?? '案鉴'}签名密钥`, 'anjian-key');
    if (path === null) return false;
    const answer = await api.call('keys.export', { path });
    if (answer.keyFile) downloadText(answer.keyFile.name, answer.keyFile.text);
    return true;
  };
  const importKey = async () => {
    const file = await pickFileToRead(['anjian-key']);
    if (!file) return false;
    await api.call('keys.importSigning', { path: file.path });
    return true;
  };

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card title="本机签名密钥（法制部门发布案例包用）" size="small">
        {key.data?.exists ? (
          <>
            <Descriptions size="small" bordered column={1}>
              <Descriptions.Item label="发布单位">{key.data.name}</Descriptions.Item>
              <Descriptions.Item label="签名指纹">
                <Typography.Text code className="fingerprint">
                  {key.data.fingerprint}
                </Typography.Text>
              </Descriptions.Item>
              <Descriptions.Item label="公钥（发给执法人员核对）">
                <Typography.Text code copyable>
                  {key.data.publicKey}
                </Typography.Text>
              </Descriptions.Item>
              <Descriptions.Item label="创建时间">{formatTime(key.data.createdAt ?? '')}</Descriptions.Item>
            </Descriptions>
            <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
              请把密钥导出一份，存放在安全的地方（如保险柜中的U盘）。丢失密钥后，执法人员需要重新信任新密钥。
            </Typography.Paragraph>
            <Button
              loading={busy === 'export'}
              onClick={() => void run('export', exportKey, '已导出签名密钥', () => undefined)}
            >
              导出保管…
            </Button>
          </>
        ) : (
          <Space direction="vertical" style={{ width: '100%' }}>
            <Form<{ name: string }>
              layout="inline"
              onFinish={(v) =>
                void run(
                  'create',
                  () => api.call('keys.create', { name: v.name }),
                  '已创建签名密钥',
                  key.reload,
                )
              }
            >
              <Form.Item
                name="name"
                label="发布单位"
                rules={[{ required: true, whitespace: true, message: '请填写发布单位' }]}
              >
                <Input placeholder="例如 某市司法局行政应诉科" style={{ width: 280 }} />
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={busy === 'create'}>
                创建签名密钥
              </Button>
            </Form>
            <Space>
              <Typography.Text>或从保管的密钥文件（.anjian-key）恢复：</Typography.Text>
              <Button
                loading={busy === 'import'}
                onClick={() => void run('import', importKey, '已恢复签名密钥', key.reload)}
              >
                选择密钥文件…
              </Button>
            </Space>
          </Space>
        )}
      </Card>
      <Card title="受信任的签名者" size="small">
        <Table<Trusted>
          size="small"
          rowKey="fingerprint"
          pagination={false}
          dataSource={trusted.data ?? []}
          locale={{ emptyText: '还没有受信任的签名者：导入第一个案例包时核对指纹后即可信任' }}
          columns={[
            { title: '签名者', dataIndex: 'name' },
            {
              title: '指纹',
              dataIndex: 'fingerprint',
              render: (v: string) => (
                <Typography.Text code className="fingerprint">
                  {v}
                </Typography.Text>
              ),
            },
            { title: '信任时间', dataIndex: 'addedAt', render: (v: string) => formatTime(v), width: 180 },
            {
              title: '',
              key: 'remove',
              width: 90,
              render: (_, row) => (
                <Popconfirm
                  title="不再信任此签名者？"
                  description="之后它签名的案例包需要重新确认才能导入。"
                  okText="移除"
                  cancelText="取消"
                  onConfirm={() =>
                    void run(
                      'untrust',
                      () => api.call('keys.untrust', { fingerprint: row.fingerprint }),
                      '已移除',
                      trusted.reload,
                    )
                  }
                >
                  <Button size="small" danger>
                    移除
                  </Button>
                </Popconfirm>
              ),
            },
          ]}
        />
        <Form<{ name: string; publicKey: string }>
          layout="inline"
          style={{ marginTop: 12 }}
          onFinish={(v) =>
            void run('trust', () => api.call('keys.trust', v), '已信任此签名者', trusted.reload)
          }
        >
          <Form.Item name="name" rules={[{ required: true, whitespace: true, message: '请填写签名者' }]}>
            <Input placeholder="签名者（发布单位）" style={{ width: 200 }} />
          </Form.Item>
          <Form.Item name="publicKey" rules={[{ required: true, whitespace: true, message: '请粘贴公钥' }]}>
            <Input placeholder="发布单位提供的公钥（44 个字符）" style={{ width: 340 }} />
          </Form.Item>
          <Button htmlType="submit" loading={busy === 'trust'}>
            添加信任
          </Button>
        </Form>
      </Card>
    </Space>
  );
}
