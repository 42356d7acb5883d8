// `npm run security`: Electronegativity over the main process (electron/) and the page it loads
// (renderer/index.html, which holds the meta CSP), for the Electron version we ship. It works
// offline: the check that downloads Electron's release list is skipped (we pin Electron in
// package.json and upgrade it deliberately). Every finding must be explained in
// build/electronegativity-accepted.json, else this exits 1 and npm test fails. Findings are read
// from the SARIF report (JSON), not the CSV: a description with quotes and commas shifted the
// CSV's columns and failed about one run in five.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';

/** The part of a SARIF 2.1 report that electronegativity writes and this script reads. */
const Sarif = z.object({
  runs: z.array(
    z.object({
      results: z.array(
        z.object({
          ruleId: z.string(),
          message: z.object({ text: z.string() }),
          locations: z
            .array(
              z.object({
                physicalLocation: z.object({
                  artifactLocation: z.object({ uri: z.string() }),
                  region: z.object({ startLine: z.number().optional() }).optional(),
                }),
              }),
            )
            .min(1),
        }),
      ),
    }),
  ),
});

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
  const report = join(scan, 'findings.sarif');
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
      report,
    ],
    { encoding: 'utf8', env: { ...process.env, LANG: 'en-US' } },
  );
  if (run.status !== 0) {
    console.error(run.stdout, run.stderr);
    process.exit(1);
  }
  const sarif = Sarif.safeParse(JSON.parse(readFileSync(report, 'utf8')));
  if (!sarif.success) {
    console.error(`electronegativity wrote a report this script cannot read: ${sarif.error.message}`);
    process.exit(1);
  }
  const findings = sarif.data.runs.flatMap((r) =>
    r.results.map((result) => {
      const where = result.locations[0]!.physicalLocation;
      return {
        check: result.ruleId,
        file: where.artifactLocation.uri.replace(/\\/g, '/'),
        location: String(where.region?.startLine ?? ''),
        description: result.message.text,
      };
    }),
  );
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
