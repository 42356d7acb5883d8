import { App as AntApp } from 'antd';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { HashRouter } from 'react-router';
import { TaxonomyProvider } from './api/taxonomy';
import { AppShell } from './AppShell';
import { ReadingSettingsProvider } from './components/ReadingSettings';
import './styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ReadingSettingsProvider>
      <AntApp>
        <HashRouter>
          <TaxonomyProvider>
            <AppShell />
          </TaxonomyProvider>
        </HashRouter>
      </AntApp>
    </ReadingSettingsProvider>
  </StrictMode>,
);
