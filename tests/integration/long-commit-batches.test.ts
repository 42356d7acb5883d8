import { createHash } from 'node:crypto';
import { expect, it } from 'vitest';
import type { Result } from '../../core/contract';
import { forgePackage, forgedCase } from '../helpers/packageForge';
import { sampleCase } from '../helpers/sampleCase';
import { emptyService, serviceEachTest } from '../helpers/tempLibrary';

// Issue 15: an 8,000-case commit is written in batches; other requests are answered meanwhile,
// writes wait and then succeed, and a cancel mid-way leaves the library exactly as it was.
const lib = serviceEachTest(emptyService);
const COUNT = 8000;

const drafts = () =>
  Array.from({ length: COUNT }, (_, i) => ({
    name: `第${i}号.docx`,
    case: sampleCase({ caseNumber: `（2023）测01行初${i + 1}号`, title: `批量案例 ${i}` }),
  }));

const packageFile = () => {
  const path = lib.tmp.path('big.anjian');
  forgePackage(path, {
    cases: Array.from({ length: COUNT }, (_, i) => forgedCase(`c-${i}`, `批量案例 ${i}`)),
  });
  return path;
};

/** The library's bytes as SQLite sees them (committed pages plus this connection's view). */
const fingerprint = () => createHash('sha256').update(lib.service.ctx.db.serialize()).digest('hex');

/** Waits (turn by turn, no clock) until the job has written at least `done` cases. */
async function untilProgress(jobId: string, done: number) {
  for (;;) {
    const p = await lib.service.call('jobs.progress', { jobId });
    if (p.state === 'running' && p.done >= done) return p;
    if (p.state !== 'running' && p.state !== 'unknown') throw new Error(`job ended: ${p.state}`);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

type Start = (jobId: string) => Promise<Result<unknown>>;
const commits: [string, () => Start][] = [
  [
    'import.commit',
    () => (jobId) =>
      lib.service.dispatch('import.commit', { drafts: drafts(), onDuplicate: 'keepBoth', jobId }),
  ],
  [
    'packages.import',
    () => {
      const path = packageFile();
      return (jobId) => lib.service.dispatch('packages.import', { path, trustSigner: true, jobId });
    },
  ],
];

it.each(commits)(
  '%s of 8,000 cases answers reads meanwhile and queues writes behind it',
  async (_, prepare) => {
    const start = prepare();
    const before = await lib.service.call('library.info', {});
    const order: string[] = [];
    const commit = start('big').then((r) => (order.push('commit'), r));
    await untilProgress('big', 200);

    // Reads are answered while the commit is still running.
    const info = lib.service.call('library.info', {}).then((v) => (order.push('info'), v));
    const search = lib.service.call('search.query', { q: '批量案例' }).then((v) => (order.push('search'), v));
    // A write waits for the commit, then succeeds.
    const tag = lib.service
      .dispatch('tags.create', { name: '批量期间新建' })
      .then((r) => (order.push('write'), r));
    await Promise.all([info, search]);
    expect(order).toEqual(['info', 'search']);
    const midway = await lib.service.call('jobs.progress', { jobId: 'big' });
    expect(midway.state).toBe('running');
    expect(midway.done).toBeLessThan(midway.total);

    expect(await commit).toMatchObject({ ok: true });
    expect(await tag).toMatchObject({ ok: true, value: { name: '批量期间新建' } });
    expect(order).toEqual(['info', 'search', 'commit', 'write']);

    const after = await lib.service.call('library.info', {});
    expect(after.caseCount).toBe(before.caseCount + COUNT);
    expect(after.revision).toBeGreaterThan(before.revision);
    expect((await lib.service.call('jobs.progress', { jobId: 'big' })).state).toBe('finished');
    expect((await lib.service.call('tags.list', {})).map((t) => t.name)).toContain('批量期间新建');
    const found = await lib.service.call('search.query', { q: '批量案例' });
    expect(found.total).toBe(COUNT);
  },
);

it.each(commits)(
  '%s cancelled mid-way leaves the library byte- and revision-identical',
  async (_, prepare) => {
    const start = prepare();
    await lib.service.call('search.query', { q: '批量案例' });
    const before = await lib.service.call('library.info', {});
    const bytes = fingerprint();

    const commit = start('big');
    await untilProgress('big', 1000);
    // A search during the commit sees the batches written so far...
    expect((await lib.service.call('search.query', { q: '批量案例' })).total).toBeGreaterThan(0);
    expect(await lib.service.call('jobs.cancel', { jobId: 'big' })).toEqual({ cancelled: true });
    expect(await commit).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });

    // ...and once it is cancelled nothing of it is left, not even in the search caches.
    const after = await lib.service.call('library.info', {});
    expect(after.revision).toBe(before.revision);
    expect(after.caseCount).toBe(before.caseCount);
    expect(fingerprint()).toBe(bytes);
    expect((await lib.service.call('search.query', { q: '批量案例' })).total).toBe(0);
    expect((await lib.service.call('jobs.progress', { jobId: 'big' })).state).toBe('cancelled');

    // The library takes writes again, and the same commit succeeds in full.
    expect(await start('again')).toMatchObject({ ok: true });
    expect((await lib.service.call('library.info', {})).caseCount).toBe(before.caseCount + COUNT);
  },
);
