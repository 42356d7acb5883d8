import { PlusOutlined } from '@ant-design/icons';
import { Button, Select, Space } from 'antd';
import { useState } from 'react';
import { useApi } from '../../api/useApi';
import type { CaseItem } from './draft';

/** Picks cases from the library (type to filter by title) that the book does not hold yet. */
export function AddCases({ present, onAdd }: { present: Set<string>; onAdd: (cases: CaseItem[]) => void }) {
  const { data } = useApi('cases.list', { limit: 1000, sort: 'date-desc' });
  const [picked, setPicked] = useState<string[]>([]);
  const options = (data?.items ?? [])
    .filter((c) => !present.has(c.id))
    .map((c) => ({ value: c.id, label: `${c.title}（${c.category}）` }));
  const add = () => {
    const byId = new Map((data?.items ?? []).map((c) => [c.id, c]));
    onAdd(
      picked.flatMap((id) => {
        const c = byId.get(id);
        return c
          ? [
              {
                id: c.id,
                title: c.title,
                category: c.category,
                caseNumber: c.caseNumber,
                judgmentDate: c.judgmentDate,
              },
            ]
          : [];
      }),
    );
    setPicked([]);
  };
  return (
    <Space.Compact block>
      <Select
        mode="multiple"
        showSearch
        optionFilterProp="label"
        placeholder="添加案例：输入标题中的字查找"
        aria-label="添加案例"
        value={picked}
        onChange={setPicked}
        options={options}
        style={{ flex: 1, minWidth: 0 }}
        maxTagCount="responsive"
      />
      <Button icon={<PlusOutlined />} disabled={!picked.length} onClick={add}>
        加入
      </Button>
    </Space.Compact>
  );
}
