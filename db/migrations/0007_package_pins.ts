import type { Migration } from './types';

/**
 * The signer each source library's packages must come from. The first package installed for a
 * library id pins its signer's fingerprint; a package claiming that library id from another key
 * is refused (core/packages/pins.ts), so one trusted key cannot overwrite another library.
 *
 * Libraries that already installed packages kept the signer's fingerprint in the settings row
 * `packages.installed.<libraryId>`: those become the pins, so the upgrade does not open a gap.
 */
export const packagePins: Migration = {
  version: 7,
  name: 'package_pins',
  up(db) {
    db.exec(`
      CREATE TABLE package_pins (
        library_id  TEXT PRIMARY KEY,
        fingerprint TEXT NOT NULL,
        signer_name TEXT NOT NULL DEFAULT '',
        pinned_at   TEXT NOT NULL
      ) STRICT;
    `);
    const installed = db
      .prepare("SELECT key, value FROM settings WHERE key LIKE 'packages.installed.%'")
      .all() as { key: string; value: string }[];
    const insert = db.prepare(
      'INSERT OR IGNORE INTO package_pins (library_id, fingerprint, pinned_at) VALUES (?, ?, ?)',
    );
    for (const { key, value } of installed) {
      let parsed: { fingerprint?: unknown; installedAt?: unknown };
      try {
        parsed = JSON.parse(value) as typeof parsed;
      } catch {
        continue;
      }
      if (typeof parsed.fingerprint !== 'string' || !parsed.fingerprint) continue;
      const at = typeof parsed.installedAt === 'string' ? parsed.installedAt : new Date().toISOString();
      insert.run(key.slice('packages.installed.'.length), parsed.fingerprint, at);
    }
  },
};
