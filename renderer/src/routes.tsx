import type { ReactNode } from 'react';
import { CasePage } from './pages/case/CasePage';
import { ProvisionsPage } from './pages/case/ProvisionsPage';
import { CasebooksPage } from './pages/casebooks/CasebooksPage';
import { DecisionsPage } from './pages/decisions/DecisionsPage';
import { EditorPage } from './pages/editor/EditorPage';
import { HistoryPage } from './pages/history/HistoryPage';
import { TrashPage } from './pages/history/TrashPage';
import { ImportPage } from './pages/import/ImportPage';
import { CaseListPage } from './pages/library/CaseListPage';
import { MinePage } from './pages/mine/MinePage';
import { SearchPage } from './pages/search/SearchPage';
import { SettingsPage } from './pages/settings/SettingsPage';
import { StatsPage } from './pages/stats/StatsPage';

export interface NavItem {
  path: string;
  label: string;
  element: ReactNode;
}

/** The sections of the sidebar, in order. */
export const NAV_ITEMS: NavItem[] = [
  { path: '/search', label: '检索', element: <SearchPage /> },
  { path: '/library', label: '案例库', element: <CaseListPage /> },
  { path: '/mine', label: '我的标注', element: <MinePage /> },
  { path: '/provisions', label: '法条索引', element: <ProvisionsPage /> },
  { path: '/import', label: '录入与导入', element: <ImportPage /> },
  { path: '/casebooks', label: '案例汇编', element: <CasebooksPage /> },
  { path: '/stats', label: '统计分析', element: <StatsPage /> },
  { path: '/decisions', label: '文书体检', element: <DecisionsPage /> },
  { path: '/trash', label: '回收站', element: <TrashPage /> },
  { path: '/settings', label: '设置', element: <SettingsPage /> },
];

/** Pages reached from other pages rather than from the sidebar. */
export const OTHER_ROUTES: { path: string; element: ReactNode }[] = [
  { path: '/case/:id', element: <CasePage /> },
  { path: '/editor/:id', element: <EditorPage /> },
  { path: '/history/:id', element: <HistoryPage /> },
];
