// `npm run security`: Electronegativity over the main process (electron/) and the page it loads
// (renderer/index.html, which holds the meta CSP), for the Electron version we ship. It works
// offline: the check that downloads Electron's release list is skipped (we pin Electron in
// package.json and upgrade it deliberately). Every finding must be explained in
// build/electronegativity-accepted.json, else this exits 1 and npm test fails.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const bin = require.resolve('@doyensec/electronegativity/dist/index.js');
const electronVersion = (
  JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')) as { version: string }
).version;
const accepted = (
  JSON.parse(readFileSync(join(ROOT, 'build', 'electronegativity-accepted.json'), 'utf8')) as {
    accepted: { check: string; file: string; why: string }[];
  }
).accepted;

const scan = mkdtempSync(join(tmpdir(), 'anjian-security-'));
try {
  cpSync(join(ROOT, 'electron'), join(scan, 'electron'), { recursive: true });
  cpSync(join(ROOT, 'renderer', 'index.html'), join(scan, 'index.html'));
  const csv = join(scan, 'findings.csv');
  const run = spawnSync(
    process.execPath,
    [
      bin,
      '-i',
      scan,
      '-r',
      '-v',
      'false',
      '-e',
      electronVersion,
      '-x',
      'AvailableSecurityFixesGlobalCheck',
      '-o',
      csv,
    ],
    { encoding: 'utf8', env: { ...process.env, LANG: 'en-US' } },
  );
  if (run.status !== 0) {
    console.error(run.stdout, run.stderr);
    process.exit(1);
  }
  const findings = readFileSync(csv, 'utf8')
    .split('\n')
    .slice(1)
    .filter((line) => line.trim())
    .map((line) => {
      const fields = [...line.matchAll(/("([^"]*)"|[^,]*)(,|$)/g)].map((m) => m[2] ?? m[1] ?? '');
      return {
        check: fields[0] ?? '',
        file: fields[3] ?? '',
        location: fields[4] ?? '',
        description: fields[6] ?? '',
      };
    });
  const open = findings.filter((f) => !accepted.some((a) => a.check === f.check && a.file === f.file));
  for (const f of findings) {
    const why = accepted.find((a) => a.check === f.check && a.file === f.file)?.why;
    console.log(
      `${why ? 'accepted' : 'FINDING '}  ${f.check}  ${f.file}:${f.location}${why ? '' : `  ${f.description}`}`,
    );
  }
  const stale = accepted.filter((a) => !findings.some((f) => f.check === a.check && f.file === a.file));
  for (const a of stale) console.log(`note: accepted finding no longer reported: ${a.check} ${a.file}`);
  console.log(
    `electronegativity (Electron ${electronVersion}): ${findings.length} findings, ${open.length} not explained in build/electronegativity-accepted.json`,
  );
  if (open.length) process.exit(1);
} finally {
  rmSync(scan, { recursive: true, force: true });
}
