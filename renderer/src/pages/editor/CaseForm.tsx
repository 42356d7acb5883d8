import { App, Alert, Button, Col, Collapse, Form, Input, Row, Select, Space } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { CaseContent } from '../../../../shared/case';
import { sectionLabel } from '../../../../shared/sections';
import { api } from '../../api/client';
import { useTaxonomy } from '../../api/taxonomy';
import { LossReasonFields, ProvisionFields } from './ListFields';
import { MarkdownEditor } from './MarkdownEditor';
import { caseNumberRules, dateRules, required, requiredWhenReviewed } from './rules';
import { ReviewFields } from './ReviewFields';
import { draftKey, useDraftAutosave, type StoredDraft } from './useDraftAutosave';
import { showError } from '../../api/showError';
import { formatDateTime } from '../../../../shared/display';

interface Props {
  caseId?: string;
  revision: number | null;
  initial: CaseContent;
  /** A draft found in localStorage that differs from the saved case. */
  recovered?: StoredDraft<CaseContent>;
}

const { TextArea } = Input;

/** The case form: every field of the data model, validated as the user types, autosaved locally. */
export function CaseForm({ caseId, revision, initial, recovered }: Props) {
  const { message } = App.useApp();
  const taxonomy = useTaxonomy();
  const navigate = useNavigate();
  const [form] = Form.useForm<CaseContent>();
  const [saving, setSaving] = useState(false);
  const [offer, setOffer] = useState(recovered);
  const key = draftKey(caseId);
  const autosave = useDraftAutosave<CaseContent>(key, revision);

  const save = async () => {
    let values: CaseContent;
    try {
      values = await form.validateFields();
    } catch {
      void message.error('有字段未通过校验，请按红色提示修改。');
      return;
    }
    setSaving(true);
    try {
      const saved = await api.call('cases.save', {
        id: caseId,
        expectedRevision: revision ?? undefined,
        case: { ...initial, ...values },
      });
      autosave.discard();
      void message.success('已保存');
      void navigate(`/case/${saved.id}`);
    } catch (e) {
      showError(message, e);
    } finally {
      setSaving(false);
    }
  };

  const options = (values: readonly string[]) => values.map((v) => ({ value: v, label: v }));
  const markdown = (name: 'analysis' | 'lessons') => (
    <Form.Item
      name={name}
      label={sectionLabel(name)}
      rules={[requiredWhenReviewed(sectionLabel(name))]}
      dependencies={['status']}
      valuePropName="value"
      trigger="onChange"
    >
      <MarkdownFormEditor label={sectionLabel(name)} />
    </Form.Item>
  );
  const plain = (name: 'summary' | 'issues' | 'ruling', minRows: number, maxRows: number, note = '') => (
    <Form.Item
      name={name}
      label={sectionLabel(name) + note}
      rules={[requiredWhenReviewed(sectionLabel(name))]}
      dependencies={['status']}
    >
      <TextArea autoSize={{ minRows, maxRows }} />
    </Form.Item>
  );

  return (
    <Form<CaseContent>
      form={form}
      layout="vertical"
      className="case-form"
      initialValues={initial}
      validateTrigger={['onChange', 'onBlur']}
      onValuesChange={(_changed, all) => autosave.save({ ...initial, ...all })}
    >
      {offer && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          message={`发现 ${formatDateTime(offer.savedAt)} 自动保存的未保存内容`}
          description={
            offer.baseRevision !== null && offer.baseRevision !== revision
              ? '该草稿基于较早的版本，恢复后保存将覆盖之后的修改，请核对。'
              : '上次编辑未保存就关闭了窗口。'
          }
          action={
            <Space direction="vertical">
              <Button
                size="small"
                type="primary"
                onClick={() => {
                  form.setFieldsValue(offer.values);
                  setOffer(undefined);
                  void form.validateFields({ validateOnly: true }).catch(() => undefined);
                }}
              >
                恢复草稿
              </Button>
              <Button size="small" onClick={() => setOffer(undefined)}>
                忽略
              </Button>
            </Space>
          }
        />
      )}
      <Form.Item name="title" label="标题" rules={required('标题')}>
        <Input placeholder="如：张某诉某区人民政府房屋征收补偿决定案" />
      </Form.Item>
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item name="caseNumber" label="案号" rules={caseNumberRules}>
            <Input placeholder="（2020）京01行初123号" />
          </Form.Item>
        </Col>
        <Col span={10}>
          <Form.Item name="court" label="审理法院">
            <Input />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item
            name="judgmentDate"
            label="裁判日期"
            rules={dateRules}
            normalize={(v: string) => v || null}
          >
            <Input placeholder="YYYY-MM-DD" />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="courtLevel" label="法院层级">
            <Select allowClear options={options(taxonomy.courtLevels)} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="trialStage" label="审级">
            <Select allowClear options={options(taxonomy.trialStages)} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="region" label="地区">
            <Input />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="agencyType" label="机关类型">
            <Select allowClear options={options(taxonomy.agencyTypes)} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="defendant" label="被告行政机关">
            <Input />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="category" label="案件类别" rules={[{ required: true, message: '请选择案件类别' }]}>
            <Select options={options(taxonomy.categories)} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="outcome" label="裁判结果" rules={[{ required: true, message: '请选择裁判结果' }]}>
            <Select options={options(taxonomy.outcomes)} />
          </Form.Item>
        </Col>
      </Row>
      <LossReasonFields />
      <Form.Item name="enforcementSteps" label="出错的执法环节">
        <Select
          mode="multiple"
          allowClear
          options={taxonomy.enforcementSteps.map((s) => ({ value: s.code, label: s.name }))}
        />
      </Form.Item>
      <ProvisionFields />
      {plain('summary', 3, 12)}
      {plain('issues', 2, 8)}
      {plain('ruling', 2, 10, '（主文）')}
      {markdown('analysis')}
      {markdown('lessons')}
      <Collapse
        style={{ marginBottom: 16 }}
        items={[
          {
            key: 'full',
            label: '裁判文书原文与来源',
            forceRender: true,
            children: (
              <>
                <Form.Item name="source" label="来源">
                  <Input />
                </Form.Item>
                <Form.Item name="fullText" label={sectionLabel('fullText')}>
                  <TextArea autoSize={{ minRows: 6, maxRows: 20 }} />
                </Form.Item>
              </>
            ),
          },
        ]}
      />
      <ReviewFields />
      <div className="case-form-actions">
        <Space>
          <Button type="primary" loading={saving} onClick={() => void save()}>
            保存到案例库
          </Button>
          <Button onClick={() => void navigate(caseId ? `/case/${caseId}` : '/library')}>返回</Button>
          {caseId && <Button onClick={() => void navigate(`/history/${caseId}`)}>历史版本</Button>}
          <span style={{ color: 'var(--text-secondary)' }}>
            输入内容会自动暂存在本机，关闭窗口也不会丢失。
          </span>
        </Space>
      </div>
    </Form>
  );
}

/** Adapts MarkdownEditor to Form.Item's value/onChange. */
function MarkdownFormEditor({
  value,
  onChange,
  label,
}: {
  value?: string;
  onChange?: (v: string) => void;
  label: string;
}) {
  return <MarkdownEditor value={value ?? ''} onChange={(v) => onChange?.(v)} label={label} />;
}
