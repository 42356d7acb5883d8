import type { z } from 'zod';

/** One operation of the contract: what it takes and what it answers, both checked at run time. */
export interface OperationDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  summary: string;
  input: I;
  output: O;
}

export const op = <I extends z.ZodType, O extends z.ZodType>(
  summary: string,
  input: I,
  output: O,
): OperationDef<I, O> => ({ summary, input, output });

/** What every transport answers: errors survive serialisation as data, never as thrown objects. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };

export interface ApiErrorBody {
  code: string;
  /** For the user, in Chinese. */
  message: string;
  details?: unknown;
}
