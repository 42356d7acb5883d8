// Builds the starter library that the app ships: `npm run library [-- --out FILE]`.
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildStarterLibrary } from '../core/library/starter';

const { values } = parseArgs({ options: { out: { type: 'string' } } });
const out = values.out ?? join(import.meta.dirname, '..', 'out', 'starter', 'library.sqlite');
const db = buildStarterLibrary(out);
const { n } = db.prepare('SELECT count(*) AS n FROM cases').get() as { n: number };
db.pragma('wal_checkpoint(TRUNCATE)');
db.close();
console.log(`starter library: ${n} cases → ${out}`);
