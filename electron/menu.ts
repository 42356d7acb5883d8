import { Menu, type BrowserWindow } from 'electron';

/** The Chinese application menu. Navigation happens in the window; the menu offers the common commands. */
export function buildMenu(getWindow: () => BrowserWindow | undefined): Menu {
  const go = (hash: string) => () =>
    void getWindow()?.webContents.executeJavaScript(`location.hash = ${JSON.stringify(hash)}`);
  return Menu.buildFromTemplate([
    {
      label: '文件',
      submenu: [
        { label: '检索', accelerator: 'CmdOrCtrl+K', click: go('#/search') },
        { label: '案例库', click: go('#/library') },
        { label: '案例汇编', click: go('#/casebooks') },
        { type: 'separator' },
        { label: '打印', accelerator: 'CmdOrCtrl+P', click: () => getWindow()?.webContents.print() },
        { type: 'separator' },
        { label: '退出', role: 'quit' },
      ],
    },
    {
      label: '编辑',
      submenu: [
        { label: '撤销', role: 'undo' },
        { label: '重做', role: 'redo' },
        { type: 'separator' },
        { label: '剪切', role: 'cut' },
        { label: '复制', role: 'copy' },
        { label: '粘贴', role: 'paste' },
        { label: '全选', role: 'selectAll' },
      ],
    },
    {
      label: '视图',
      submenu: [
        { label: '重新加载', role: 'reload' },
        { label: '放大', role: 'zoomIn' },
        { label: '缩小', role: 'zoomOut' },
        { label: '实际大小', role: 'resetZoom' },
        { type: 'separator' },
        { label: '全屏', role: 'togglefullscreen' },
      ],
    },
    {
      label: '帮助',
      submenu: [{ label: '关于案鉴', role: 'about' }],
    },
  ]);
}
