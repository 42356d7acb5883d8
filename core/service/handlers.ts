import type { z } from 'zod';
import type { OperationDef } from '../contract/define';
import type { CallContext, ServiceContext } from './context';

/** A handler receives the validated input; it may answer synchronously (SQLite) or not (files, printing). */
export type Handler<D extends OperationDef> = (
  input: z.output<D['input']>,
  call: CallContext,
) => z.input<D['output']> | Promise<z.input<D['output']>>;

export type Handlers<C extends Record<string, OperationDef>> = { [K in keyof C]: Handler<C[K]> };

/** Each area of the service is a function from the library context to its handlers. */
export type AreaFactory<C extends Record<string, OperationDef>> = (ctx: ServiceContext) => Handlers<C>;
