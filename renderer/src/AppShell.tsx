import { Layout, Menu, Typography } from 'antd';
import { Navigate, Route, Routes, useLocation, useNavigate } from 'react-router';
import { HistoryNav } from './components/HistoryNav';
import { NAV_ITEMS, OTHER_ROUTES } from './routes';

const { Sider, Content } = Layout;

export function AppShell() {
  const location = useLocation();
  const navigate = useNavigate();
  const selected = NAV_ITEMS.find((item) => location.pathname.startsWith(item.path))?.path ?? '';

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
      </Sider>
      <Content className="app-content">
        <Routes>
          <Route path="/" element={<Navigate to="/library" replace />} />
          {[...NAV_ITEMS, ...OTHER_ROUTES].map((item) => (
            <Route key={item.path} path={`${item.path}/*`} element={item.element} />
          ))}
        </Routes>
      </Content>
    </Layout>
  );
}
