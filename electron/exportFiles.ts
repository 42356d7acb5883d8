import { app, BrowserWindow, dialog, shell } from 'electron';
import { join } from 'node:path';

const FILTERS: Record<string, { name: string; extensions: string[] }> = {
  pdf: { name: 'PDF 文档', extensions: ['pdf'] },
  docx: { name: 'Word 文档', extensions: ['docx'] },
  xlsx: { name: 'Excel 工作簿', extensions: ['xlsx'] },
  csv: { name: 'CSV 表格', extensions: ['csv'] },
  txt: { name: '文本文件', extensions: ['txt'] },
  anjian: { name: '案鉴案例包', extensions: ['anjian'] },
  'anjian-key': { name: '案鉴签名密钥', extensions: ['anjian-key'] },
};

/** The save dialog for an export, starting in the user's Documents folder. */
export async function chooseSavePath(suggestedName: string, extension: string): Promise<string | null> {
  const options = {
    title: '导出到',
    defaultPath: join(app.getPath('documents'), `${suggestedName}.${extension}`),
    filters: FILTERS[extension] ? [FILTERS[extension]] : [],
    // The dialog asks before replacing a file (Linux needs the flag): core takes the returned path as consent.
    properties: ['showOverwriteConfirmation' as const, 'createDirectory' as const],
  };
  const parent = BrowserWindow.getFocusedWindow();
  const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : result.filePath;
}

/** The open dialog for a file to read (a package, a key file, a case list); one regular file. */
export async function chooseOpenPath(extensions: string[]): Promise<string | null> {
  const options = {
    title: '选择文件',
    defaultPath: app.getPath('documents'),
    properties: ['openFile' as const],
    filters: extensions.flatMap((e) => (FILTERS[e] ? [FILTERS[e]] : [])),
  };
  const parent = BrowserWindow.getFocusedWindow();
  const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
  return result.canceled || !result.filePaths[0] ? null : result.filePaths[0];
}

/** Opens a finished export with its default application, or shows it in its folder. */
export async function revealPath(path: string, how: 'open' | 'folder'): Promise<void> {
  if (how === 'folder') {
    shell.showItemInFolder(path);
    return;
  }
  const error = await shell.openPath(path);
  if (error) throw new Error(error);
}
