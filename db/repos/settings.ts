import type { ReadableDB, WritableDB } from '../connection';

/** Key-value settings of the library (JSON values), e.g. trusted package keys. */
export function readSetting(db: ReadableDB, key: string): string | undefined {
  return (db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined)
    ?.value;
}

/** Writes a setting; the caller bumps the revision if the change is visible to the user. */
export function writeSetting(db: WritableDB, key: string, value: string): void {
  db.prepare(
    'INSERT INTO settings (key, value) VALUES (@key, @value) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ).run({ key, value });
}

export function deleteSetting(db: WritableDB, key: string): void {
  db.prepare('DELETE FROM settings WHERE key = ?').run(key);
}
