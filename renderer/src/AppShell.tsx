import { Layout, Menu, Typography } from 'antd';
import { useEffect } from 'react';
import { Navigate, Route, Routes, useLocation, useNavigate } from 'react-router';
import { HistoryNav } from './components/HistoryNav';
import { FOCUS_SEARCH_EVENT } from './pages/search/searchState';
import { SearchSidebar } from './pages/search/SearchSidebar';
import { NAV_ITEMS, OTHER_ROUTES } from './routes';

const { Sider, Content } = Layout;

export function AppShell() {
  const location = useLocation();
  const navigate = useNavigate();
  const selected = NAV_ITEMS.find((item) => location.pathname.startsWith(item.path))?.path ?? '';

  // Ctrl+K / Ctrl+F anywhere: to the search box (the search page focuses it on arrival or on the event).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || (e.key !== 'k' && e.key !== 'f')) return;
      e.preventDefault();
      if (location.pathname.startsWith('/search')) window.dispatchEvent(new Event(FOCUS_SEARCH_EVENT));
      else void navigate('/search');
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [location.pathname, navigate]);

  return (
    <Layout className="app-shell">
      <Sider width={168} theme="light" className="app-sider">
        <div className="app-brand">
          <Typography.Title level={4}>案鉴</Typography.Title>
          <Typography.Text type="secondary">行政诉讼败诉案例评析</Typography.Text>
        </div>
        <HistoryNav />
        <Menu
          mode="inline"
          selectedKeys={[selected]}
          items={NAV_ITEMS.map((item) => ({ key: item.path, label: item.label }))}
          onClick={({ key }) => void navigate(key)}
        />
        <SearchSidebar />
      </Sider>
      <Content className="app-content">
        <Routes>
          <Route path="/" element={<Navigate to="/search" replace />} />
          {[...NAV_ITEMS, ...OTHER_ROUTES].map((item) => (
            <Route key={item.path} path={`${item.path}/*`} element={item.element} />
          ))}
        </Routes>
      </Content>
    </Layout>
  );
}
