import { DownOutlined, ExportOutlined } from '@ant-design/icons';
import { App, Button, Checkbox, Dropdown, Modal, Radio, Space, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../api/client';
import { chooseExportPath, showExportDone } from './export/exportResult';
import { printHtml } from './export/printHtml';
import { showError } from '../api/showError';

type Format = 'pdf' | 'docx';

/**
 * 导出/打印 one case as an analysis sheet for a meeting: PDF or Word, with or without the user's
 * own note and the judgment's full text; or straight to the printer.
 */
export function ExportCaseButton({ caseId, title }: { caseId: string; title: string }) {
  const { modal, message } = App.useApp();
  const [format, setFormat] = useState<Format>();
  const [includeNotes, setIncludeNotes] = useState(false);
  const [includeFullText, setIncludeFullText] = useState(false);
  const [busy, setBusy] = useState(false);

  const exportCase = async () => {
    if (!format) return;
    setBusy(true);
    try {
      const path = await chooseExportPath(title, format);
      if (path === null) return;
      const written = await api.call('export.case', {
        id: caseId,
        format,
        path,
        includeNotes,
        includeFullText,
      });
      setFormat(undefined);
      showExportDone(modal, written);
    } catch (e) {
      showError(message, e);
    } finally {
      setBusy(false);
    }
  };

  const print = async () => {
    try {
      const { html } = await api.call('export.printHtml', { caseId, includeNotes: true });
      printHtml(html);
    } catch (e) {
      showError(message, e);
    }
  };

  return (
    <>
      <Dropdown
        trigger={['click']}
        menu={{
          items: [
            { key: 'pdf', label: '导出为 PDF…' },
            { key: 'docx', label: '导出为 Word（.docx）…' },
            { type: 'divider' },
            { key: 'print', label: '打印…' },
          ],
          onClick: ({ key }) => (key === 'print' ? void print() : setFormat(key as Format)),
        }}
      >
        <Button icon={<ExportOutlined />} aria-label="导出或打印本案">
          导出 / 打印 <DownOutlined />
        </Button>
      </Dropdown>
      <Modal
        open={format !== undefined}
        title={format === 'pdf' ? '导出为 PDF' : '导出为 Word 文档'}
        okText="导出"
        cancelText="取消"
        confirmLoading={busy}
        onOk={() => void exportCase()}
        onCancel={() => setFormat(undefined)}
        destroyOnHidden
      >
        <Space direction="vertical">
          <Typography.Text type="secondary">
            案例分析材料：基本信息表、案情、争议焦点、裁判结果、败诉原因、评析、启示与建议、相关法条。
          </Typography.Text>
          <Radio.Group value={format} onChange={(e) => setFormat(e.target.value as Format)}>
            <Radio value="pdf">PDF</Radio>
            <Radio value="docx">Word（.docx）</Radio>
          </Radio.Group>
          <Checkbox checked={includeNotes} onChange={(e) => setIncludeNotes(e.target.checked)}>
            附上我的笔记
          </Checkbox>
          <Checkbox checked={includeFullText} onChange={(e) => setIncludeFullText(e.target.checked)}>
            附裁判文书原文
          </Checkbox>
        </Space>
      </Modal>
    </>
  );
}
