import type { filesContract } from '../contract/files';
import type { AreaFactory } from './handlers';

/**
 * The native dialogs, through the host. What they return is recorded in the path policy's
 * allow-list (core/files/chosenPaths.ts): on the desktop nothing else may be written or read.
 */
export const filesHandlers: AreaFactory<typeof filesContract> = ({ platform, files }) => ({
  'files.chooseSave': async ({ suggestedName, kind }) => {
    if (!platform.chooseSavePath) return { path: null, cancelled: false };
    const path = await platform.chooseSavePath(suggestedName, kind);
    if (path !== null) files.chosen.addSave(path);
    return { path, cancelled: path === null };
  },
  'files.chooseOpen': async ({ kinds }) => {
    if (!platform.chooseOpenPath) return { path: null, cancelled: false };
    const path = await platform.chooseOpenPath(kinds);
    if (path !== null) files.chosen.addOpen(path);
    return { path, cancelled: path === null };
  },
});
