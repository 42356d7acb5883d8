import type { ReadableDB, WritableDB } from '../connection';

/** The signer a source library's packages must come from (migration 0007). */
export interface PackagePin {
  libraryId: string;
  fingerprint: string;
  signerName: string;
  pinnedAt: string;
}

export function readPin(db: ReadableDB, libraryId: string): PackagePin | undefined {
  return db
    .prepare(
      `SELECT library_id AS libraryId, fingerprint, signer_name AS signerName, pinned_at AS pinnedAt
       FROM package_pins WHERE library_id = ?`,
    )
    .get(libraryId) as PackagePin | undefined;
}

export function listPins(db: ReadableDB): PackagePin[] {
  return db
    .prepare(
      `SELECT library_id AS libraryId, fingerprint, signer_name AS signerName, pinned_at AS pinnedAt
       FROM package_pins ORDER BY library_id`,
    )
    .all() as PackagePin[];
}

/** Records (or moves) the pin; the caller bumps the revision in the same transaction. */
export function writePin(db: WritableDB, pin: PackagePin): void {
  db.prepare(
    `INSERT INTO package_pins (library_id, fingerprint, signer_name, pinned_at)
     VALUES (@libraryId, @fingerprint, @signerName, @pinnedAt)
     ON CONFLICT (library_id) DO UPDATE SET
       fingerprint = excluded.fingerprint, signer_name = excluded.signer_name, pinned_at = excluded.pinned_at`,
  ).run(pin);
}
