import { buildStarterLibrary } from '../core/library/starter';
import { openService } from '../core/service';
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
const dir = mkdtempSync('/tmp/h8/lib-');
const file = join(dir, 'l.sqlite');
buildStarterLibrary(file).close();
const s = openService(file, { platform: { userDataDir: join(dir, 'u') } });
const qs = process.argv.slice(2);
for (const q of qs) {
  const r = await s.call('search.query', { q, limit: 50 });
  console.log(JSON.stringify(q), r.total, r.matchedBy, (r as any).partial?.length ?? '-', r.hits.slice(0, 5).map((h) => h.title.slice(0, 20)).join(' | '));
}
s.close();
