import { copyFileSync, existsSync, mkdirSync, renameSync } from 'node:fs';
import { basename, join } from 'node:path';
import { quickCheck } from '../../db/backup';
import { AppError, isAppError } from '../../db/errors';
import { contract, type OpName, type OpOutput, type Result } from '../contract';
import { openService, type OpenServiceOptions, type Service } from '../service';
import { describeZodError } from '../service/validation';
import { backupDirOf, backupPath, createBackup, listBackups, needsDailyBackup } from './store';

export interface RecoveryOptions extends OpenServiceOptions {
  /** Take the first backup of the day after a healthy open (default true). */
  dailyBackup?: boolean;
}

/**
 * Opens the library for the app: migrations (with their backup), a quick integrity check, and the
 * first backup of the day. If the file cannot be opened or fails the check, the answer is a
 * service in recovery mode instead of an exception or a fresh empty library: it answers
 * library.health (damaged, with the backups), backup.list and backup.restore, and refuses the rest
 * until a backup has been restored, after which it serves the restored library.
 * A library written by a newer 案鉴 is not damaged: that error is thrown for the host to show.
 */
export async function openLibraryWithRecovery(
  libraryPath: string,
  options: RecoveryOptions,
): Promise<Service> {
  if (!existsSync(libraryPath) && listBackups(libraryPath).length) {
    return recoveryService(
      libraryPath,
      options,
      'missing',
      `找不到案例库文件 ${libraryPath}，但有备份可以恢复。`,
    );
  }
  let service: Service;
  try {
    service = openService(libraryPath, options);
  } catch (e) {
    if (isAppError(e) && (e.code === 'LIBRARY_TOO_NEW' || e.code === 'LIBRARY_MISSING')) throw e;
    return recoveryService(libraryPath, options, 'damaged', `案例库文件无法打开：${(e as Error).message}`);
  }
  let problems: string[];
  try {
    problems = quickCheck(service.ctx.db);
  } catch (e) {
    problems = [(e as Error).message];
  }
  if (problems.length) {
    service.close();
    return recoveryService(
      libraryPath,
      options,
      'damaged',
      `案例库完整性检查未通过：${problems.slice(0, 3).join('；')}`,
    );
  }
  if (options.dailyBackup !== false && needsDailyBackup(libraryPath)) {
    try {
      await createBackup(service.ctx.db, libraryPath, 'daily');
    } catch (e) {
      // A failed daily copy (disk full) must not keep the user from their library; the next start retries.
      console.warn('[anjian] daily backup failed', e);
    }
  }
  return service;
}

function recoveryService(
  libraryPath: string,
  options: RecoveryOptions,
  state: 'damaged' | 'missing',
  message: string,
): Service {
  let inner: Service | undefined;
  const refuse = (): Result<unknown> => ({
    ok: false,
    error: { code: 'LIBRARY_DAMAGED', message: `${message}请在恢复页面选择一个备份恢复。` },
  });

  function restore(name: string): OpOutput<'backup.restore'> {
    const file = backupPath(libraryPath, name);
    if (!existsSync(file)) throw new AppError('NOT_FOUND', `找不到备份 ${name}`);
    // Keep the damaged file (not offered as a backup) rather than destroying what may be rescued.
    const keep = join(backupDirOf(libraryPath), `${basename(libraryPath)}-${Date.now()}.damaged`);
    mkdirSync(backupDirOf(libraryPath), { recursive: true });
    for (const suffix of ['', '-wal', '-shm']) {
      if (existsSync(libraryPath + suffix)) renameSync(libraryPath + suffix, keep + suffix);
    }
    copyFileSync(file, libraryPath);
    const opened = openService(libraryPath, options);
    const problems = quickCheck(opened.ctx.db);
    if (problems.length) {
      opened.close();
      throw new AppError('RESTORE_FAILED', `用备份 ${name} 恢复后检查仍未通过，请换一个备份。`);
    }
    inner = opened;
    return { restored: name, safetyBackup: basename(keep) };
  }

  async function dispatch(name: string, input: unknown): Promise<Result<unknown>> {
    if (inner) return inner.dispatch(name, input);
    try {
      switch (name) {
        case 'library.health':
          return { ok: true, value: { state, message, libraryPath, backups: listBackups(libraryPath) } };
        case 'backup.list':
          return { ok: true, value: { dir: backupDirOf(libraryPath), items: listBackups(libraryPath) } };
        case 'backup.restore': {
          const parsed = contract['backup.restore'].input.safeParse(input ?? {});
          if (!parsed.success) {
            throw new AppError(
              'BAD_INPUT',
              `操作 backup.restore 的参数有误：${describeZodError(parsed.error)}`,
            );
          }
          return { ok: true, value: restore(parsed.data.name) };
        }
        default:
          return refuse();
      }
    } catch (e) {
      const error = isAppError(e)
        ? { code: e.code, message: e.message }
        : { code: 'INTERNAL', message: `内部错误：${(e as Error).message}` };
      return { ok: false, error };
    }
  }

  return {
    get ctx() {
      if (!inner) throw new AppError('LIBRARY_DAMAGED', message);
      return inner.ctx;
    },
    dispatch,
    async call<K extends OpName>(name: K, input: unknown): Promise<OpOutput<K>> {
      const result = await dispatch(name, input);
      if (!result.ok) throw new AppError(result.error.code, result.error.message);
      return result.value as OpOutput<K>;
    },
    close() {
      inner?.close();
    },
  };
}
