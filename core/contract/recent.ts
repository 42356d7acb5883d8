import { z } from 'zod';
import { CaseId, Ok } from './common';
import { op } from './define';

export const recentContract = {
  'recent.cases': op(
    '最近打开的案例',
    z.object({ limit: z.number().int().min(1).max(50).default(10) }).strict(),
    z.array(z.object({ id: z.string(), title: z.string(), caseNumber: z.string(), openedAt: z.string() })),
  ),
  'recent.record': op('记下打开了一个案例', z.object({ caseId: CaseId }).strict(), Ok),
} as const;
