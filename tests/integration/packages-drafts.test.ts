import { expect, it } from 'vitest';
import { sampleCase } from '../helpers/sampleCase';
import { emptyService, serviceEachTest } from '../helpers/tempLibrary';

// Issue 14: drafts stay out of packages unless the office switches them in, and it is told how many.
const lib = serviceEachTest(emptyService);

it('a package leaves drafts out by default, says how many, and takes them when asked', async () => {
  const { service } = lib;
  await service.call('keys.create', { name: '某市司法局行政应诉科' });
  await service.call('cases.save', { case: sampleCase({ title: '已审核的案例' }) });
  const draft = await service.call('cases.save', {
    case: sampleCase({ title: '未审核的草稿', caseNumber: '（2020）测01行初2号', status: 'draft' }),
  });

  const plain = await service.call('packages.export', { path: lib.tmp.path('plain.anjian') });
  expect(plain).toMatchObject({ cases: 1, draftsLeftOut: 1 });
  const inspected = await service.call('packages.inspect', { path: lib.tmp.path('plain.anjian') });
  // Inspected against the library it came from: the one reviewed case, nothing of the draft.
  expect(inspected.counts).toMatchObject({ added: 0, updated: 0, unchanged: 1 });

  const all = await service.call('packages.export', {
    path: lib.tmp.path('all.anjian'),
    includeDrafts: true,
  });
  expect(all).toMatchObject({ cases: 2, draftsLeftOut: 0 });

  // A selection of drafts only is refused with the reason and the way out.
  await expect(
    service.call('packages.export', { path: lib.tmp.path('sel.anjian'), caseIds: [draft.id] }),
  ).rejects.toThrow(/1 个草稿未包含.*包含草稿/);
});
