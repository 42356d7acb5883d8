import { z } from 'zod';
import { CaseId } from './common';
import { op } from './define';

export const NoteSchema = z.object({
  id: z.number(),
  caseId: z.string(),
  caseTitle: z.string(),
  body: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const notesContract = {
  'notes.save': op(
    '保存案例笔记（Markdown）；内容为空即删除',
    z.object({ caseId: CaseId, body: z.string().max(200_000, '笔记过长') }).strict(),
    NoteSchema.nullable(),
  ),
  'notes.list': op(
    '笔记列表（可限定一个案例）',
    z.object({ caseId: CaseId.optional() }).strict(),
    z.array(NoteSchema),
  ),
  'notes.delete': op(
    '删除笔记',
    z.object({ id: z.number().int() }).strict(),
    z.object({ ok: z.literal(true) }),
  ),
} as const;
