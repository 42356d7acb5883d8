import { ArrowLeftOutlined, ArrowRightOutlined, HistoryOutlined } from '@ant-design/icons';
import { Button, Dropdown, Space, Tooltip } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import type { OpOutput } from '../../../core/contract';
import { api } from '../api/client';

/**
 * Back / forward between pages (also Alt+← / Alt+→ anywhere) and the recently opened cases.
 * The router keeps the history, so the keys behave the same in the app window and a browser.
 */
export function HistoryNav() {
  const navigate = useNavigate();
  const [recent, setRecent] = useState<OpOutput<'recent.cases'>>([]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
      if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
        e.preventDefault();
        void navigate(e.key === 'ArrowLeft' ? -1 : 1);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigate]);

  return (
    <Space.Compact className="history-nav" block>
      <Tooltip title="后退（Alt+←）">
        <Button aria-label="后退" icon={<ArrowLeftOutlined />} onClick={() => void navigate(-1)} />
      </Tooltip>
      <Tooltip title="前进（Alt+→）">
        <Button aria-label="前进" icon={<ArrowRightOutlined />} onClick={() => void navigate(1)} />
      </Tooltip>
      <Dropdown
        trigger={['click']}
        onOpenChange={(open) => {
          if (open) api.call('recent.cases', { limit: 10 }).then(setRecent, () => setRecent([]));
        }}
        menu={{
          items: recent.length
            ? recent.map((r) => ({ key: r.id, label: <span className="recent-item">{r.title}</span> }))
            : [{ key: '', label: '还没有打开过案例', disabled: true }],
          onClick: ({ key }) => {
            if (key) void navigate(`/case/${key}`);
          },
          style: { maxWidth: 420, maxHeight: 420, overflow: 'auto' },
        }}
      >
        <Button icon={<HistoryOutlined />} className="recent-button">
          最近
        </Button>
      </Dropdown>
    </Space.Compact>
  );
}
