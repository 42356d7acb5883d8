import { InboxOutlined } from '@ant-design/icons';
import { Button, Input, Space, Typography, Upload } from 'antd';

const ACCEPT = '.docx,.pdf,.txt';
const HINT =
  '支持 .docx、.pdf（带文字层）、.txt，单个文件不超过 50 MB。可体检：行政处罚决定书、政府信息公开申请答复书、' +
  '工伤认定决定书、房屋征收补偿决定书、限期拆除决定书、强制执行决定书和催告书。';

/** Paste the draft, or drop one .docx / .pdf / .txt file (read on the service side with the import readers). */
export function DraftInput({
  text,
  onText,
  onFile,
  onCheck,
  busy,
}: {
  text: string;
  onText: (text: string) => void;
  onFile: (file: File) => void;
  onCheck: () => void;
  busy: boolean;
}) {
  return (
    <Space direction="vertical" size={12} style={{ width: '100%', maxWidth: 960 }}>
      <Upload.Dragger
        accept={ACCEPT}
        showUploadList={false}
        beforeUpload={(file) => {
          onFile(file);
          return false;
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">把待审核的文书拖到这里，或点击选择文件</p>
        <p className="ant-upload-hint">{HINT}</p>
      </Upload.Dragger>
      <Typography.Text type="secondary">或粘贴文书全文：</Typography.Text>
      <Input.TextArea
        aria-label="待审核文书"
        value={text}
        onChange={(e) => onText(e.target.value)}
        autoSize={{ minRows: 10, maxRows: 22 }}
        placeholder="例如：××市市场监督管理局 行政处罚决定书 ……"
      />
      <Button type="primary" loading={busy} disabled={!text.trim()} onClick={onCheck}>
        开始体检
      </Button>
    </Space>
  );
}
