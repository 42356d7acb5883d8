import { DownOutlined, TableOutlined } from '@ant-design/icons';
import { App, Button, Dropdown } from 'antd';
import { useState } from 'react';
import type { CaseFilters, CaseSort } from '../../../db/model/filters';
import { api } from '../api/client';
import { chooseExportPath, showExportDone } from './export/exportResult';
import { showError } from '../api/showError';

/** 导出列表: the cases of the current filter (or the given selection), every field, as .xlsx or .csv. */
export function ExportListButton({
  filters,
  sort,
  caseIds,
}: {
  filters?: CaseFilters;
  sort?: CaseSort;
  caseIds?: string[];
}) {
  const { modal, message } = App.useApp();
  const [busy, setBusy] = useState(false);

  const run = async (format: 'xlsx' | 'csv') => {
    setBusy(true);
    try {
      const path = await chooseExportPath('案例列表', format);
      if (path === null) return;
      const written = await api.call('export.list', {
        format,
        path,
        ...(caseIds?.length ? { caseIds } : { query: { filters, sort } }),
      });
      showExportDone(modal, written);
      void message.success(`已导出 ${written.rows} 件案例`);
    } catch (e) {
      showError(message, e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          { key: 'xlsx', label: 'Excel 表格（.xlsx）' },
          { key: 'csv', label: 'CSV（.csv，UTF-8）' },
        ],
        onClick: ({ key }) => void run(key as 'xlsx' | 'csv'),
      }}
    >
      <Button icon={<TableOutlined />} loading={busy}>
        导出列表 <DownOutlined />
      </Button>
    </Dropdown>
  );
}
