import { Col, Form, Input, Row, Select } from 'antd';
import { STATUS_LABELS } from '../../../../shared/taxonomy';
import { dateRules } from './rules';

/** Draft or reviewed, by whom and when: officers' views can hide drafts. */
export function ReviewFields() {
  const form = Form.useFormInstance();
  return (
    <Row gutter={16}>
      <Col span={6}>
        <Form.Item name="status" label="审核状态">
          <Select
            options={[
              { value: 'draft', label: STATUS_LABELS.draft },
              { value: 'reviewed', label: STATUS_LABELS.reviewed },
            ]}
            onChange={(status: string) => {
              if (status === 'reviewed' && !form.getFieldValue('reviewedAt')) {
                form.setFieldValue('reviewedAt', new Date().toISOString().slice(0, 10));
              }
              // Sections become required for a reviewed case: show what is missing now.
              void form
                .validateFields(['summary', 'ruling', 'analysis', 'lessons', 'reviewer'])
                .catch(() => undefined);
            }}
          />
        </Form.Item>
      </Col>
      <Col span={6}>
        <Form.Item name="author" label="撰写人">
          <Input />
        </Form.Item>
      </Col>
      <Col span={6}>
        <Form.Item
          name="reviewer"
          label="审核人"
          dependencies={['status']}
          rules={[
            ({ getFieldValue }) => ({
              validator: (_r, v: string | undefined) =>
                getFieldValue('status') !== 'reviewed' || (v ?? '').trim()
                  ? Promise.resolve()
                  : Promise.reject(new Error('已审核的案例须填写审核人')),
            }),
          ]}
        >
          <Input />
        </Form.Item>
      </Col>
      <Col span={6}>
        <Form.Item name="reviewedAt" label="审核日期" rules={dateRules} normalize={(v: string) => v || null}>
          <Input placeholder="YYYY-MM-DD" />
        </Form.Item>
      </Col>
    </Row>
  );
}
