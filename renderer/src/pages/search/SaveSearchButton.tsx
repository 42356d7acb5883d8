import { StarOutlined } from '@ant-design/icons';
import { App, Button, Input, Modal } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { effectiveQuery, SAVED_SEARCHES_CHANGED, type SearchState } from './searchState';
import { showError } from '../../api/showError';

/** Saves the current search (words and filters) under a name; it then appears in the sidebar. */
export function SaveSearchButton({ state }: { state: SearchState }) {
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const q = effectiveQuery(state);

  const save = async () => {
    try {
      await api.call('savedSearches.save', {
        name: name.trim(),
        q,
        filters: state.filters,
        sort: state.sort,
      });
      window.dispatchEvent(new Event(SAVED_SEARCHES_CHANGED));
      void message.success(`已保存检索“${name.trim()}”`);
      setOpen(false);
    } catch (e) {
      showError(message, e);
    }
  };

  return (
    <>
      <Button
        icon={<StarOutlined />}
        onClick={() => {
          setName(q || '全部案例');
          setOpen(true);
        }}
      >
        保存检索
      </Button>
      <Modal
        title="保存检索"
        open={open}
        okText="保存"
        cancelText="取消"
        okButtonProps={{ disabled: !name.trim() }}
        onOk={() => void save()}
        onCancel={() => setOpen(false)}
      >
        <Input
          aria-label="检索名称"
          value={name}
          maxLength={100}
          onChange={(e) => setName(e.target.value)}
          onPressEnter={() => name.trim() && void save()}
        />
      </Modal>
    </>
  );
}
