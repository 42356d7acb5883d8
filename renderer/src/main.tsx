import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { HashRouter } from 'react-router';
import { TaxonomyProvider } from './api/taxonomy';
import { AppShell } from './AppShell';
import './styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ConfigProvider locale={zhCN} theme={{ token: { colorPrimary: '#8c1c13', borderRadius: 4 } }}>
      <AntApp>
        <HashRouter>
          <TaxonomyProvider>
            <AppShell />
          </TaxonomyProvider>
        </HashRouter>
      </AntApp>
    </ConfigProvider>
  </StrictMode>,
);
