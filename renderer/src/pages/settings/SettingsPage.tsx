import { Space, Tabs, Typography } from 'antd';
import { KeysPanel } from './KeysPanel';
import { LibraryPanel } from './LibraryPanel';
import { PackageExportPanel } from './PackageExportPanel';
import { PackageImportPanel } from './PackageImportPanel';
import { SynonymsPanel } from './SynonymsPanel';

/**
 * 设置: the library and its backups, library packages (import for officers, export for the legal
 * office), keys, and the synonyms searches read.
 */
export function SettingsPage() {
  return (
    <div className="settings-page">
      <Typography.Title level={3}>设置</Typography.Title>
      <Tabs
        items={[
          { key: 'library', label: '案例库与备份', children: <LibraryPanel /> },
          {
            key: 'packages',
            label: '案例包',
            children: (
              <Space direction="vertical" size="large" style={{ width: '100%' }}>
                <PackageImportPanel />
                <PackageExportPanel />
              </Space>
            ),
          },
          { key: 'keys', label: '签名密钥', children: <KeysPanel /> },
          { key: 'synonyms', label: '检索同义词', children: <SynonymsPanel /> },
        ]}
      />
    </div>
  );
}
