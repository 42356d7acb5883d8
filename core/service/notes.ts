import { deleteNote, listNotes, saveNote } from '../../db/repos/notes';
import { ok } from '../contract/common';
import type { notesContract } from '../contract/notes';
import type { AreaFactory } from './handlers';

export const notesHandlers: AreaFactory<typeof notesContract> = ({ db }) => ({
  'notes.save': ({ caseId, body }) => saveNote(db, caseId, body),
  'notes.list': ({ caseId }) => listNotes(db, caseId),
  'notes.delete': ({ id }) => {
    deleteNote(db, id);
    return ok;
  },
});
