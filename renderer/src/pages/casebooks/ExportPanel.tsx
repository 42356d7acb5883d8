import { EyeOutlined, FilePdfOutlined, FileWordOutlined } from '@ant-design/icons';
import { App, Button, Modal, Progress, Space, Typography } from 'antd';
import { useState } from 'react';
import { api, ApiError } from '../../api/client';
import { chooseExportPath, ExportDone, type Written } from '../../components/export/exportResult';
import { useExportJob } from '../../components/export/useExportJob';
import { PreviewPages } from './PreviewPages';
import { showError } from '../../api/showError';

/**
 * 预览 / 导出 PDF / 导出 Word for one casebook. `save` stores the builder's draft first, so what is
 * previewed and exported is what is on screen. Long work shows its progress and can be cancelled.
 */
export function ExportPanel({
  id,
  title,
  save,
}: {
  id: string;
  title: string;
  save: () => Promise<boolean>;
}) {
  const { message } = App.useApp();
  const job = useExportJob();
  const [preview, setPreview] = useState<string>();
  const [written, setWritten] = useState<Written>();

  const fail = (e: unknown) => {
    if (e instanceof ApiError && e.code === 'CANCELLED') void message.info('已取消导出');
    else showError(message, e);
  };

  const runPreview = async () => {
    if (!(await save())) return;
    try {
      const result = await job.run(
        (jobId) => api.call('export.preview', { collectionId: id, jobId }),
        '正在排版预览…',
      );
      setPreview(result.pdfBase64);
    } catch (e) {
      fail(e);
    }
  };

  const runExport = async (format: 'pdf' | 'docx') => {
    if (!(await save())) return;
    try {
      const path = await chooseExportPath(title, format);
      if (path === null) return;
      const result = await job.run(
        (jobId) => api.call('export.casebook', { collectionId: id, format, path, jobId }),
        format === 'pdf' ? '正在排版 PDF…' : '正在生成 Word 文档…',
      );
      setWritten(result);
    } catch (e) {
      fail(e);
    }
  };

  const percent = job.progress ? Math.round((100 * job.progress.done) / Math.max(1, job.progress.total)) : 0;
  return (
    <>
      <Space wrap>
        <Button icon={<EyeOutlined />} onClick={() => void runPreview()} disabled={job.running}>
          逐页预览
        </Button>
        <Button
          type="primary"
          icon={<FilePdfOutlined />}
          onClick={() => void runExport('pdf')}
          disabled={job.running}
        >
          导出 PDF
        </Button>
        <Button icon={<FileWordOutlined />} onClick={() => void runExport('docx')} disabled={job.running}>
          导出 Word
        </Button>
      </Space>
      {job.progress && (
        <div className="export-progress" role="status">
          <Typography.Text>{job.progress.message || '正在处理…'}</Typography.Text>
          <Progress percent={percent} size="small" status="active" />
          <Button size="small" onClick={() => void job.cancel()}>
            取消
          </Button>
        </div>
      )}
      <Modal
        open={preview !== undefined}
        title="打印预览"
        width={900}
        footer={null}
        onCancel={() => setPreview(undefined)}
        destroyOnHidden
      >
        {preview && <PreviewPages pdfBase64={preview} />}
      </Modal>
      <Modal
        open={written !== undefined}
        title="导出完成"
        onCancel={() => setWritten(undefined)}
        footer={<Button onClick={() => setWritten(undefined)}>关闭</Button>}
      >
        {written && <ExportDone written={written} />}
      </Modal>
    </>
  );
}
