import { Tabs, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { CaseLinkList } from './CaseLinkList';
import { HighlightsTab } from './HighlightsTab';
import { NotesTab } from './NotesTab';
import { RecentTab } from './RecentTab';
import { TagManager } from './TagManager';
import '../case/casePage.css';

const TABS = ['highlights', 'notes', 'starred', 'tags', 'recent'] as const;

/** 我的标注: everything the user keeps for themselves, in one place, each leading back to its case. */
export function MinePage() {
  const [params, setParams] = useSearchParams();
  const tab = TABS.find((t) => t === params.get('tab')) ?? 'highlights';
  return (
    <div className="mine-page">
      <Typography.Title level={3}>我的标注</Typography.Title>
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams({ tab: key }, { replace: true })}
        items={[
          { key: 'highlights', label: '标注', children: <HighlightsTab /> },
          { key: 'notes', label: '笔记', children: <NotesTab /> },
          {
            key: 'starred',
            label: '收藏',
            children: <CaseLinkList filters={{ starred: true }} empty="还没有收藏案例" />,
          },
          { key: 'tags', label: '标签管理', children: <TagManager /> },
          { key: 'recent', label: '最近打开', children: <RecentTab /> },
        ]}
      />
    </div>
  );
}
