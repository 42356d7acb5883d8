import { App, Select, Tag } from 'antd';
import { useState } from 'react';
import type { OpOutput } from '../../../core/contract';
import { api } from '../api/client';
import { useApi } from '../api/useApi';
import { showError } from '../api/showError';

type TagInfo = OpOutput<'tags.create'>;

/** Colours offered to new tags, in turn. */
export const TAG_PALETTE = [
  '#1677ff',
  '#52c41a',
  '#fa8c16',
  '#eb2f96',
  '#722ed1',
  '#13c2c2',
  '#8c1c13',
  '#595959',
];

const NEW_PREFIX = '\u0000new:';

/**
 * The user's tags on one case: pick existing tags or type a new name and press Enter to create it.
 * Removing a tag here only takes it off this case.
 */
export function TagEditor({
  caseId,
  tags,
  onChange,
}: {
  caseId: string;
  tags: TagInfo[];
  onChange: () => void;
}) {
  const { message } = App.useApp();
  const { data: all, reload } = useApi('tags.list', {});
  const [search, setSearch] = useState('');
  const name = search.trim();
  const exists = all?.some((t) => t.name === name);
  const options = [
    ...(all ?? []).map((t) => ({ value: t.id, label: t.name })),
    ...(name && !exists ? [{ value: `${NEW_PREFIX}${name}`, label: `新建标签“${name}”` }] : []),
  ];
  const colorOf = (id: number) =>
    all?.find((t) => t.id === id)?.color ?? tags.find((t) => t.id === id)?.color;

  const run = async (work: () => Promise<unknown>) => {
    try {
      await work();
    } catch (e) {
      showError(message, e);
    }
    reload();
    onChange();
  };

  return (
    <Select<(number | string)[]>
      mode="multiple"
      className="tag-editor"
      aria-label="我的标签"
      placeholder="＋ 加标签（可输入新标签名）"
      style={{ minWidth: 260, maxWidth: '100%' }}
      value={tags.map((t) => t.id)}
      options={options}
      searchValue={search}
      onSearch={setSearch}
      optionFilterProp="label"
      tagRender={({ value, label, closable, onClose }) => (
        <Tag
          color={colorOf(Number(value))}
          closable={closable}
          onClose={onClose}
          style={{ marginInlineEnd: 4 }}
        >
          {label}
        </Tag>
      )}
      onSelect={(value) => {
        setSearch('');
        void run(async () => {
          let tagId = value;
          if (typeof value === 'string' && value.startsWith(NEW_PREFIX)) {
            const color = TAG_PALETTE[(all?.length ?? 0) % TAG_PALETTE.length];
            tagId = (await api.call('tags.create', { name: value.slice(NEW_PREFIX.length), color })).id;
          }
          await api.call('tags.assign', { caseId, tagId: Number(tagId) });
        });
      }}
      onDeselect={(value) => void run(() => api.call('tags.unassign', { caseId, tagId: Number(value) }))}
    />
  );
}
