import type { importContract } from '../contract/import';
import { commitImport } from '../import/commit';
import { listTemplate } from '../import/list/template';
import { previewImport } from '../import/preview';
import type { AreaFactory } from './handlers';

export const importHandlers: AreaFactory<typeof importContract> = ({ db, write, platform }) => ({
  'import.preview': (input, { job }) => previewImport(db, input, job, platform.parseLimits?.importFile),
  'import.commit': ({ drafts, onDuplicate }, { job }) => commitImport(write, drafts, onDuplicate, job),
  'import.template': async ({ format }) => {
    const file = await listTemplate(format);
    return { name: file.name, dataBase64: file.data.toString('base64') };
  },
});
