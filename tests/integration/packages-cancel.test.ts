import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Service } from '../../core/service';
import { forgePackage, forgedCase } from '../helpers/packageForge';
import { emptyService, tempDir, type TempDir } from '../helpers/tempLibrary';

let tmp: TempDir;
let service: Service;
beforeEach(() => {
  tmp = tempDir('anjian-pkg-cancel-');
  service = emptyService(tmp);
});
afterEach(() => {
  service.close();
  tmp.remove();
});

it('a package import reports progress and, when cancelled, rolls back completely', async () => {
  const path = tmp.path('big.anjian');
  forgePackage(path, { cases: Array.from({ length: 120 }, (_, i) => forgedCase(`c-${i}`, `案例 ${i}`)) });
  const before = await service.call('library.info', {});

  const running = service.dispatch('packages.import', { path, trustSigner: true, jobId: 'job-1' });
  // The handler is waiting for its backup now; the cancel lands before the merge starts.
  expect(await service.call('jobs.cancel', { jobId: 'job-1' })).toEqual({ cancelled: true });
  expect(await running).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
  const after = await service.call('library.info', {});
  expect(after.caseCount).toBe(before.caseCount);
  expect(after.revision).toBe(before.revision);
  expect(await service.call('keys.list', {})).toEqual([]);

  expect(await service.call('packages.import', { path, trustSigner: true, jobId: 'job-2' })).toEqual({
    added: 120,
    updated: 0,
    withdrawn: 0,
  });
  expect(await service.call('jobs.progress', { jobId: 'job-2' })).toMatchObject({
    state: 'finished',
    done: 120,
    total: 120,
  });
});
