import { Alert, Button, Card, Form, Input, InputNumber, Typography } from 'antd';
import { useState } from 'react';
import type { OpOutput } from '../../../../core/contract';
import { api } from '../../api/client';
import { useApi } from '../../api/useApi';
import { chooseSaveTarget, downloadHref } from './fileTransfer';
import { formatSize } from './format';
import { errorText } from '../../api/showError';

interface ExportForm {
  version?: number | null;
  changelog?: string;
}

/** 发布案例包 (legal office): every reviewed case, trashed ones as withdrawn, signed with this computer's key. */
export function PackageExportPanel() {
  const key = useApi('keys.info', {});
  const [result, setResult] = useState<OpOutput<'packages.export'>>();
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async (values: ExportForm) => {
    setBusy(true);
    setProblem(undefined);
    setResult(undefined);
    try {
      // Desktop: the save dialog (which asks before replacing a file); browser: a download.
      const path = await chooseSaveTarget(`案例包-${new Date().toISOString().slice(0, 10)}`, 'anjian');
      if (path === null) return;
      setResult(
        await api.call('packages.export', {
          path,
          version: values.version ?? undefined,
          changelog: values.changelog ?? '',
        }),
      );
    } catch (e) {
      setProblem(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title="发布案例包" size="small">
      <Typography.Paragraph type="secondary">
        供法制部门使用：把全部已审核案例签名打包，回收站中的案例作为“撤回”发给执法人员。
      </Typography.Paragraph>
      {key.data && !key.data.exists && (
        <Alert
          type="info"
          showIcon
          message="发布前请先在“签名密钥”中创建本单位的签名密钥。"
          style={{ marginBottom: 12 }}
        />
      )}
      <Form<ExportForm> layout="vertical" onFinish={(v) => void submit(v)} disabled={!key.data?.exists}>
        <Form.Item name="version" label="版本号（不填则自动加一）">
          <InputNumber min={1} precision={0} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="changelog" label="更新说明">
          <Input.TextArea
            rows={3}
            maxLength={20000}
            placeholder="例如：新增征收类案例 12 篇，修订 3 篇评析"
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy}>
          签名并导出…
        </Button>
      </Form>
      {problem && (
        <Alert style={{ marginTop: 12 }} type="error" showIcon message="导出失败" description={problem} />
      )}
      {result && (
        <Alert
          style={{ marginTop: 12 }}
          type="success"
          showIcon
          message={`已导出第 ${result.version} 版：${result.cases} 个案例，撤回 ${result.withdrawn} 个（${formatSize(result.bytes)}）`}
          description={
            <>
              {result.download ? (
                <Button
                  type="primary"
                  size="small"
                  href={downloadHref(result.download)}
                  download={result.download}
                >
                  下载案例包
                </Button>
              ) : (
                <Typography.Text copyable code>
                  {result.path}
                </Typography.Text>
              )}
              <br />
              签名指纹：
              <Typography.Text code className="fingerprint">
                {result.fingerprint}
              </Typography.Text>
            </>
          }
        />
      )}
    </Card>
  );
}
