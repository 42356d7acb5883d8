import { App, Checkbox, Form, Input, Modal, Radio, Select } from 'antd';
import { useState } from 'react';
import type { CollectionSource } from '../../../../core/contract/collections';
import { api } from '../../api/client';
import { useApi } from '../../api/useApi';
import { useTaxonomy } from '../../api/taxonomy';
import { showError } from '../../api/showError';

type Kind = 'filters' | 'tag' | 'savedSearch' | 'empty';

interface Values {
  title: string;
  kind: Kind;
  categories?: string[];
  tagId?: number;
  savedSearchId?: number;
  includeDrafts?: boolean;
}

/** 新建汇编: a title and where the cases come from (the library by category, a tag, a saved search, or none yet). */
export function NewCasebookDialog({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: (id: string) => void;
}) {
  const { message } = App.useApp();
  const taxonomy = useTaxonomy();
  const tags = useApi('tags.list', open ? {} : null);
  const saved = useApi('savedSearches.list', open ? {} : null);
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form);
  const [busy, setBusy] = useState(false);

  const create = async (values: Values) => {
    const source: CollectionSource =
      values.kind === 'tag'
        ? { kind: 'tag', tagId: values.tagId ?? -1 }
        : values.kind === 'savedSearch'
          ? { kind: 'savedSearch', savedSearchId: values.savedSearchId ?? -1 }
          : values.kind === 'empty'
            ? { kind: 'empty' }
            : {
                kind: 'filters',
                filters: values.categories?.length
                  ? { categories: values.categories as (typeof taxonomy.categories)[number][] }
                  : {},
              };
    setBusy(true);
    try {
      const book = await api.call('collections.create', {
        title: values.title,
        source,
        includeDrafts: values.includeDrafts === true,
      });
      onClose();
      form.resetFields();
      onCreated(book.id);
    } catch (e) {
      showError(message, e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title="新建案例汇编"
      okText="创建"
      cancelText="取消"
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ title: '行政诉讼败诉案例评析', kind: 'filters' }}
        onFinish={(v) => void create(v)}
      >
        <Form.Item name="title" label="书名" rules={[{ required: true, message: '请填写书名' }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="kind" label="案例来源">
          <Radio.Group>
            <Radio value="filters">案例库（可按类别）</Radio>
            <Radio value="tag">某个标签</Radio>
            <Radio value="savedSearch">保存的检索</Radio>
            <Radio value="empty">先建空汇编，再逐个添加</Radio>
          </Radio.Group>
        </Form.Item>
        {kind === 'filters' && (
          <Form.Item name="categories" label="案件类别（不选即全部）">
            <Select
              mode="multiple"
              allowClear
              options={taxonomy.categories.map((c) => ({ value: c, label: c }))}
            />
          </Form.Item>
        )}
        {kind === 'tag' && (
          <Form.Item name="tagId" label="标签" rules={[{ required: true, message: '请选择标签' }]}>
            <Select
              options={(tags.data ?? []).map((t) => ({ value: t.id, label: `${t.name}（${t.count}）` }))}
              notFoundContent="还没有标签"
            />
          </Form.Item>
        )}
        {kind === 'savedSearch' && (
          <Form.Item
            name="savedSearchId"
            label="保存的检索"
            extra="按该检索保存的筛选条件取案例。"
            rules={[{ required: true, message: '请选择保存的检索' }]}
          >
            <Select
              options={(saved.data ?? []).map((s) => ({
                value: s.id,
                label: s.name,
                disabled: !!s.problem,
                title: s.problem,
              }))}
              notFoundContent="还没有保存的检索"
            />
          </Form.Item>
        )}
        {kind !== 'empty' && (
          <Form.Item name="includeDrafts" valuePropName="checked" extra="草稿尚未审核，默认不收入汇编。">
            <Checkbox>包含草稿</Checkbox>
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
