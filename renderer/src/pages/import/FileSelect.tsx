import { DownloadOutlined, FolderOpenOutlined, InboxOutlined } from '@ant-design/icons';
import { App, Button, Card, Input, Space, Typography, Upload } from 'antd';
import { useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { api } from '../../api/client';
import { downloadBase64 } from './readFiles';
import { showError } from '../../api/showError';

const ACCEPT = '.docx,.pdf,.txt,.xlsx,.csv,.json';

/** Step one: drop or choose files (or a whole folder), or paste the text of a judgment. */
export function FileSelect({ onRead }: { onRead: (files: File[], text: string) => void }) {
  const { message } = App.useApp();
  const [files, setFiles] = useState<File[]>([]);
  const [text, setText] = useState('');
  const folderInput = useRef<HTMLInputElement>(null);
  const navigate = useNavigate();
  const template = async (format: 'xlsx' | 'csv') => {
    try {
      const t = await api.call('import.template', { format });
      downloadBase64(
        t.name,
        t.dataBase64,
        format === 'xlsx' ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv',
      );
    } catch (e) {
      showError(message, e);
    }
  };
  const addFiles = (more: File[]) =>
    setFiles((f) => [
      ...f,
      ...more.filter((m) => /\.(docx|pdf|txt|xlsx|csv|json)$/i.test(m.name) || !m.webkitRelativePath),
    ]);
  return (
    <Space direction="vertical" size={16} style={{ width: '100%', maxWidth: 960 }}>
      <Upload.Dragger
        multiple
        accept={ACCEPT}
        showUploadList={false}
        beforeUpload={(file, list) => {
          if (file === list[0]) addFiles(list);
          return false;
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">把裁判文书拖到这里，或点击选择文件</p>
        <p className="ant-upload-hint">
          裁判文书：.docx、.pdf（带文字层）、.txt（UTF-8、GBK/GB18030、UTF-16
          自动识别）；案例清单：.xlsx、.csv、案鉴 .json。单个文件不超过 50 MB。
        </p>
      </Upload.Dragger>
      <Space wrap>
        <Button icon={<FolderOpenOutlined />} onClick={() => folderInput.current?.click()}>
          选择文件夹
        </Button>
        <input
          ref={folderInput}
          type="file"
          hidden
          multiple
          // Non-standard but supported by Chromium/Electron: pick a whole folder.
          {...{ webkitdirectory: '' }}
          onChange={(e) => addFiles(Array.from(e.target.files ?? []))}
        />
        <Button icon={<DownloadOutlined />} onClick={() => void template('xlsx')}>
          下载清单模板（.xlsx）
        </Button>
        <Button icon={<DownloadOutlined />} onClick={() => void template('csv')}>
          下载清单模板（.csv）
        </Button>
        <Button onClick={() => void navigate('/editor/new')}>手工新建案例</Button>
      </Space>
      {files.length > 0 && (
        <Card
          size="small"
          title={`已选择 ${files.length} 个文件`}
          extra={<a onClick={() => setFiles([])}>清空</a>}
        >
          <Typography.Paragraph
            className="import-file-list"
            ellipsis={{ rows: 3, expandable: true, symbol: '展开' }}
          >
            {files.map((f) => f.webkitRelativePath || f.name).join('、')}
          </Typography.Paragraph>
        </Card>
      )}
      <Input.TextArea
        aria-label="粘贴裁判文书文本"
        placeholder="或者把一份裁判文书的全文粘贴到这里"
        autoSize={{ minRows: 4, maxRows: 10 }}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <Button
        type="primary"
        size="large"
        disabled={!files.length && !text.trim()}
        onClick={() => onRead(files, text)}
      >
        读取并提取字段
      </Button>
    </Space>
  );
}
