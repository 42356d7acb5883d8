import { Modal, Select } from 'antd';
import { useState } from 'react';
import { useApi } from '../../api/useApi';

interface Picked {
  id: string;
  title: string;
  caseNumber: string;
}

/** Picks a case of the library by 案号 or title, for a link in the analysis. */
export function CaseLinkDialog({
  open,
  onClose,
  onPick,
}: {
  open: boolean;
  onClose: () => void;
  onPick: (c: Picked) => void;
}) {
  const { data } = useApi('cases.list', open ? { limit: 1000, sort: 'title' } : null);
  const [selected, setSelected] = useState<string>();
  const items = data?.items ?? [];
  return (
    <Modal
      title="链接到案例"
      open={open}
      onCancel={onClose}
      okText="插入链接"
      cancelText="取消"
      okButtonProps={{ disabled: !selected }}
      onOk={() => {
        const c = items.find((i) => i.id === selected);
        if (c) onPick(c);
      }}
      destroyOnHidden
    >
      <Select
        showSearch
        autoFocus
        style={{ width: '100%' }}
        placeholder="输入案号或标题查找"
        aria-label="要链接的案例"
        value={selected}
        onChange={setSelected}
        optionFilterProp="label"
        options={items.map((c) => ({ value: c.id, label: `${c.caseNumber || '（无案号）'} ${c.title}` }))}
      />
    </Modal>
  );
}
