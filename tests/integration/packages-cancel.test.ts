import { expect, it } from 'vitest';
import { forgePackage, forgedCase } from '../helpers/packageForge';
import { emptyService, serviceEachTest } from '../helpers/tempLibrary';

const lib = serviceEachTest(emptyService);

it('a package import reports progress and, when cancelled, rolls back completely', async () => {
  const path = lib.tmp.path('big.anjian');
  forgePackage(path, { cases: Array.from({ length: 120 }, (_, i) => forgedCase(`c-${i}`, `案例 ${i}`)) });
  const before = await lib.service.call('library.info', {});

  const running = lib.service.dispatch('packages.import', { path, trustSigner: true, jobId: 'job-1' });
  // The handler is waiting for its backup now; the cancel lands before the merge starts.
  expect(await lib.service.call('jobs.cancel', { jobId: 'job-1' })).toEqual({ cancelled: true });
  expect(await running).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
  const after = await lib.service.call('library.info', {});
  expect(after.caseCount).toBe(before.caseCount);
  expect(after.revision).toBe(before.revision);
  expect(await lib.service.call('keys.list', {})).toEqual([]);

  expect(await lib.service.call('packages.import', { path, trustSigner: true, jobId: 'job-2' })).toEqual({
    added: 120,
    updated: 0,
    withdrawn: 0,
  });
  expect(await lib.service.call('jobs.progress', { jobId: 'job-2' })).toMatchObject({
    state: 'finished',
    done: 120,
    total: 120,
  });
});
