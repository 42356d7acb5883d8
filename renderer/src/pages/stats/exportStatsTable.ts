import type { App } from 'antd';
import type { StatsScope, StatsTable } from '../../../../core/contract/stats';
import { api } from '../../api/client';
import { chooseExportPath, showExportDone } from '../../components/export/exportResult';
import { showError } from '../../api/showError';

type AppApi = ReturnType<typeof App.useApp>;

/** 导出 Excel: asks where (desktop) and writes one statistics table as .xlsx. */
export async function exportStatsTable(app: AppApi, scope: StatsScope, table: StatsTable, title: string) {
  try {
    const path = await chooseExportPath(`统计-${title}`, 'xlsx');
    if (path === null) return;
    const written = await api.call('stats.exportTable', { ...scope, table, path });
    showExportDone(app.modal, written);
  } catch (e) {
    showError(app.message, e);
  }
}
