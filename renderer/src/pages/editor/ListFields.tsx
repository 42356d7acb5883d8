import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, InputNumber, Select, Space } from 'antd';
import { useTaxonomy } from '../../api/taxonomy';

/** 败诉原因: a code of the taxonomy and the court's ground in the library's words. */
export function LossReasonFields() {
  const taxonomy = useTaxonomy();
  return (
    <Form.Item label="败诉原因（法院认定的理由）">
      <Form.List name="lossReasons">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field) => (
              <Space key={field.key} align="start" style={{ display: 'flex' }}>
                <Form.Item
                  name={[field.name, 'code']}
                  rules={[{ required: true, message: '请选择败诉原因' }]}
                  style={{ width: 240 }}
                >
                  <Select
                    aria-label="败诉原因"
                    options={taxonomy.lossReasons.map((r) => ({
                      value: r.code,
                      label: `${r.name}（${r.article}）`,
                    }))}
                  />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'ground']}
                  rules={[{ required: true, whitespace: true, message: '请写明法院认定的理由' }]}
                  style={{ width: 520 }}
                >
                  <Input placeholder="法院认定的理由，如：作出较大数额罚款前未告知听证权利" />
                </Form.Item>
                <Button
                  aria-label="删除败诉原因"
                  icon={<DeleteOutlined />}
                  onClick={() => remove(field.name)}
                />
              </Space>
            ))}
            <Button icon={<PlusOutlined />} onClick={() => add({ code: undefined, ground: '' })}>
              添加败诉原因
            </Button>
          </>
        )}
      </Form.List>
    </Form.Item>
  );
}

/** 相关法条: law short name + article number (normalized), clause as written. */
export function ProvisionFields() {
  return (
    <Form.Item label="相关法条">
      <Form.List name="provisions">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field) => (
              <Space key={field.key} align="start" style={{ display: 'flex' }}>
                <Form.Item
                  name={[field.name, 'law']}
                  rules={[
                    { required: true, min: 2, message: '请填写法律简称' },
                    {
                      pattern: /^(?!中华人民共和国)[^《》]+$/,
                      message: '写简称，不带书名号和“中华人民共和国”',
                    },
                  ]}
                  style={{ width: 280 }}
                >
                  <Input placeholder="法律简称，如：行政处罚法" aria-label="法律名称" />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'article']}
                  rules={[{ required: true, type: 'integer', min: 1, message: '条号应为正整数' }]}
                >
                  <InputNumber addonBefore="第" addonAfter="条" min={1} precision={0} aria-label="条号" />
                </Form.Item>
                <Form.Item name={[field.name, 'clause']}>
                  <Input
                    placeholder="款、项，如：第一款第（三）项"
                    style={{ width: 200 }}
                    aria-label="款项"
                  />
                </Form.Item>
                <Button aria-label="删除法条" icon={<DeleteOutlined />} onClick={() => remove(field.name)} />
              </Space>
            ))}
            <Button icon={<PlusOutlined />} onClick={() => add({ law: '', article: undefined, clause: '' })}>
              添加法条
            </Button>
          </>
        )}
      </Form.List>
    </Form.Item>
  );
}
