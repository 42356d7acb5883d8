import { App as AntApp } from 'antd';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { HashRouter } from 'react-router';
import { TaxonomyProvider } from './api/taxonomy';
import { AppShell } from './AppShell';
import { ReadingSettingsProvider } from './components/ReadingSettings';
import { RecoveryGate } from './pages/settings/RecoveryGate';
import './styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ReadingSettingsProvider>
      <AntApp>
        <HashRouter>
          <RecoveryGate>
            <TaxonomyProvider>
              <AppShell />
            </TaxonomyProvider>
          </RecoveryGate>
        </HashRouter>
      </AntApp>
    </ReadingSettingsProvider>
  </StrictMode>,
);
