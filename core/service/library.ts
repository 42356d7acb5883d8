import { LATEST_VERSION } from '../../db/migrate';
import { listBackups } from '../backup/store';
import { caseCounts } from '../../db/repos/cases';
import { libraryId, libraryRevision } from '../../db/repos/meta';
import type { libraryContract } from '../contract/library';
import type { AreaFactory } from './handlers';

export const libraryHandlers: AreaFactory<typeof libraryContract> = ({ db, libraryPath }) => ({
  'library.info': () => {
    const counts = caseCounts(db);
    return {
      libraryId: libraryId(db),
      revision: libraryRevision(db),
      schemaVersion: LATEST_VERSION,
      caseCount: counts.live,
      draftCount: counts.drafts,
      trashCount: counts.trashed,
      path: libraryPath,
    };
  },
  // When the library could not be opened, core/backup/recovery.ts answers this instead.
  'library.health': () => ({ state: 'ok', message: '', libraryPath, backups: listBackups(libraryPath) }),
});
