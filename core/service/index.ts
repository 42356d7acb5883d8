import type { z } from 'zod';
import { openLibrary, type OpenOptions } from '../../db/connection';
import { AppError, isAppError } from '../../db/errors';
import { contract, isOpName, type Contract, type OpName, type OpOutput, type Result } from '../contract';
import { createServiceContext, type Platform, type ServiceContext } from './context';
import type { Handlers } from './handlers';
import { JobRegistry, jobsHandlers } from './jobs';
import { describeZodError } from './validation';
import { backupHandlers } from './backup';
import { casesHandlers } from './cases';
import { checklistsHandlers } from './checklists';
import { collectionsHandlers } from './collections';
import { decisionsHandlers } from './decisions';
import { exportHandlers } from './export';
import { filesHandlers } from './files';
import { highlightsHandlers } from './highlights';
import { importHandlers } from './import';
import { keysHandlers } from './keys';
import { libraryHandlers } from './library';
import { notesHandlers } from './notes';
import { packagesHandlers } from './packages';
import { provisionsHandlers } from './provisions';
import { recentHandlers } from './recent';
import { savedSearchesHandlers } from './savedSearches';
import { searchHandlers } from './search';
import { statsHandlers } from './stats';
import { tagsHandlers } from './tags';
import { taxonomyHandlers } from './taxonomy';

export interface Service {
  readonly ctx: ServiceContext;
  /** Validates the input against the contract, runs the handler, and answers a Result; never throws. */
  dispatch(name: string, input: unknown): Promise<Result<unknown>>;
  /** Typed call for Node-side code and tests; throws AppError on failure. */
  call<K extends OpName>(name: K, input: z.input<Contract[K]['input']>): Promise<OpOutput<K>>;
  close(): void;
}

export function createService(ctx: ServiceContext): Service {
  const jobs = new JobRegistry();
  const handlers: Handlers<Contract> = {
    ...libraryHandlers(ctx),
    ...taxonomyHandlers(ctx),
    ...casesHandlers(ctx),
    ...tagsHandlers(ctx),
    ...notesHandlers(ctx),
    ...jobsHandlers(jobs),
    ...searchHandlers(ctx),
    ...savedSearchesHandlers(ctx),
    ...highlightsHandlers(ctx),
    ...provisionsHandlers(ctx),
    ...recentHandlers(ctx),
    ...importHandlers(ctx),
    ...exportHandlers(ctx),
    ...statsHandlers(ctx),
    ...checklistsHandlers(ctx),
    ...packagesHandlers(ctx),
    ...keysHandlers(ctx),
    ...filesHandlers(ctx),
    ...collectionsHandlers(ctx),
    ...backupHandlers(ctx),
    ...decisionsHandlers(ctx),
  };

  async function run(name: OpName, raw: unknown): Promise<unknown> {
    const def = contract[name];
    const parsed = def.input.safeParse(raw ?? {});
    if (!parsed.success) {
      throw new AppError('BAD_INPUT', `操作 ${name} 的参数有误：${describeZodError(parsed.error)}`);
    }
    // jobs.* name the job they look at; they must not start (and so reset) a job of that id.
    const jobId = name.startsWith('jobs.') ? undefined : (parsed.data as { jobId?: unknown }).jobId;
    const job = jobs.start(typeof jobId === 'string' ? jobId : undefined);
    try {
      const handler = handlers[name] as (input: unknown, call: { job: typeof job.handle }) => unknown;
      const value = await handler(parsed.data, { job: job.handle });
      job.finish('finished');
      return def.output.parse(value);
    } catch (e) {
      job.finish('failed');
      throw e;
    }
  }

  return {
    ctx,
    async dispatch(name, input) {
      if (!isOpName(name)) {
        return { ok: false, error: { code: 'UNKNOWN_OPERATION', message: `没有名为 ${name} 的操作` } };
      }
      try {
        return { ok: true, value: await run(name, input) };
      } catch (e) {
        if (isAppError(e))
          return { ok: false, error: { code: e.code, message: e.message, details: e.details } };
        console.error(`[anjian] ${name} failed`, e);
        return {
          ok: false,
          error: {
            code: 'INTERNAL',
            message: `内部错误：${(e as Error).message ?? String(e)}。案例库未作改动。`,
          },
        };
      }
    },
    async call(name, input) {
      return (await run(name, input)) as OpOutput<typeof name>;
    },
    close() {
      ctx.db.close();
    },
  };
}

export interface OpenServiceOptions extends OpenOptions {
  platform: Platform;
}

/** Opens a library file and the service over it. */
export function openService(libraryPath: string, options: OpenServiceOptions): Service {
  const db = openLibrary(libraryPath, options);
  return createService(createServiceContext(db, libraryPath, options.platform));
}
