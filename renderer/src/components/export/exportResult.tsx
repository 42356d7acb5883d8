import { Button, Space, Typography, type App } from 'antd';
import { api, transport } from '../../api/client';
import { errorText } from '../../api/showError';

export type ExportFormat = 'pdf' | 'docx' | 'xlsx' | 'csv';

/**
 * Where the file goes: on the desktop the user picks a place in the save dialog (null when they
 * cancel); in the browser there is no dialog, so the host writes to its exports folder (undefined)
 * and the finished file is offered for download.
 */
export async function chooseExportPath(
  suggestedName: string,
  format: ExportFormat,
): Promise<string | undefined | null> {
  const chosen = await api.call('export.choosePath', { suggestedName, format });
  if (chosen.cancelled) return null;
  return chosen.path ?? undefined;
}

export interface Written {
  path: string;
  download: string | null;
  pages?: number;
}

const reveal = (path: string, how: 'open' | 'folder') =>
  api.call('export.reveal', { path, how }).catch((e: unknown) => {
    window.alert(errorText(e));
  });

/** What a finished export offers: open the file or its folder (desktop), or download it (browser). */
export function ExportDone({ written }: { written: Written }) {
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Text>
        已保存{written.pages ? `（共 ${written.pages} 页）` : ''}：
        <Typography.Text code copyable className="export-path">
          {written.path}
        </Typography.Text>
      </Typography.Text>
      <Space wrap>
        {transport === 'electron' && (
          <>
            <Button type="primary" onClick={() => void reveal(written.path, 'open')}>
              打开文件
            </Button>
            <Button onClick={() => void reveal(written.path, 'folder')}>打开所在文件夹</Button>
          </>
        )}
        {transport === 'web' && written.download && (
          <Button
            type="primary"
            href={`./exports/${encodeURIComponent(written.download)}`}
            download={written.download}
          >
            下载文件
          </Button>
        )}
      </Space>
    </Space>
  );
}

/** Shows the finished export in a dialog. */
export function showExportDone(modal: ReturnType<typeof App.useApp>['modal'], written: Written): void {
  modal.success({ title: '导出完成', width: 560, content: <ExportDone written={written} />, okText: '关闭' });
}
