import { Alert, App, Button, Form, Input, InputNumber, Radio, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { ReportTemplate, StatsScope } from '../../../../core/contract/stats';
import { api } from '../../api/client';
import { useApi } from '../../api/useApi';
import { chooseExportPath, showExportDone } from '../../components/export/exportResult';
import { showError } from '../../api/showError';

/** 年度报告: the office edits the template (title, issuing body, year, opening), then generates Word or PDF. */
export function ReportPanel({ scope, scopeText }: { scope: StatsScope; scopeText: string }) {
  const app = App.useApp();
  const [form] = Form.useForm<ReportTemplate>();
  const saved = useApi('stats.reportTemplate', {});
  const [busy, setBusy] = useState<'docx' | 'pdf' | 'save'>();

  useEffect(() => {
    if (saved.data) form.setFieldsValue(saved.data);
  }, [saved.data, form]);

  const run = async (what: 'docx' | 'pdf' | 'save') => {
    let template: ReportTemplate;
    try {
      template = await form.validateFields();
    } catch {
      return;
    }
    setBusy(what);
    try {
      if (what === 'save') {
        await api.call('stats.saveReportTemplate', template);
        void app.message.success('模板已保存');
        return;
      }
      const path = await chooseExportPath(template.title, what);
      if (path === null) return;
      showExportDone(app.modal, await api.call('export.report', { ...scope, template, format: what, path }));
    } catch (e) {
      showError(app.message, e);
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <div className="report-panel">
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        message={`统计范围：${scopeText}，限于下面所选年度（按裁判日期或收录日期）`}
        description="报告包括：总体情况与年度分布、案件类别、败诉原因及交叉分布、问题环节、各部门败诉情况（每类机关一张表）、主要败诉原因及典型案例、常被援引的法条。图表与统计页相同。"
      />
      <Form form={form} layout="vertical" disabled={!saved.data} style={{ maxWidth: 760 }}>
        <Form.Item name="title" label="报告标题" rules={[{ required: true, message: '请填写报告标题' }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Space size={16} style={{ display: 'flex' }}>
          <Form.Item name="issuer" label="发文机关" style={{ width: 420 }}>
            <Input maxLength={200} placeholder="如：某市司法局" />
          </Form.Item>
          <Form.Item name="year" label="年度" rules={[{ required: true, message: '请填写年度' }]}>
            <InputNumber min={1949} max={2200} style={{ width: 120 }} />
          </Form.Item>
          <Form.Item name="yearBasis" label="年度按" initialValue="judgment">
            <Radio.Group aria-label="年度按">
              <Radio value="judgment">裁判日期</Radio>
              <Radio value="recorded">收录日期</Radio>
            </Radio.Group>
          </Form.Item>
        </Space>
        <Form.Item name="opening" label="开头段落">
          <Input.TextArea autoSize={{ minRows: 4, maxRows: 10 }} maxLength={20000} />
        </Form.Item>
        <Space>
          <Button type="primary" loading={busy === 'docx'} onClick={() => void run('docx')}>
            生成 Word 报告
          </Button>
          <Button loading={busy === 'pdf'} onClick={() => void run('pdf')}>
            生成 PDF 报告
          </Button>
          <Button loading={busy === 'save'} onClick={() => void run('save')}>
            保存为模板
          </Button>
          {busy && busy !== 'save' && (
            <Typography.Text type="secondary">正在统计并绘制图表，约需数秒…</Typography.Text>
          )}
        </Space>
      </Form>
    </div>
  );
}
