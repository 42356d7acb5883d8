import { expect, it } from 'vitest';
import { appealJudgment } from '../fixtures/judgments/appeal';
import { sampleCase } from '../helpers/sampleCase';
import { emptyService, serviceEachTest } from '../helpers/tempLibrary';

// Issue 14: a later instance may be merged into the earlier case while that case is still a draft.
const lib = serviceEachTest(emptyService);

const earlier = async (status: 'draft' | 'reviewed') =>
  (
    await lib.service.call('cases.save', {
      case: sampleCase({ caseNumber: '（2018）苏01行初789号', title: '赵桂英案一审', status }),
    })
  ).id;

const previewAppeal = async () =>
  (await lib.service.call('import.preview', { text: appealJudgment.text, name: '二审.txt' })).drafts[0]!;

it('merges a later instance into an earlier draft: same case, new content, old version in history', async () => {
  const first = await earlier('draft');
  const draft = await previewAppeal();
  expect(draft.instances).toEqual([
    { id: first, title: '赵桂英案一审', caseNumber: '（2018）苏01行初789号', draft: true },
  ]);
  const before = await lib.service.call('library.info', {});
  const result = await lib.service.call('import.commit', {
    drafts: [{ name: '二审.txt', case: draft.case, mergeInto: first }],
  });
  expect(result.imported).toEqual([expect.objectContaining({ id: first, action: 'merged' })]);
  expect((await lib.service.call('library.info', {})).caseCount).toBe(before.caseCount);
  const merged = await lib.service.call('cases.get', { id: first });
  expect(merged.caseNumber).toBe(draft.case.caseNumber);
  const history = await lib.service.call('cases.revisions', { id: first });
  expect(history.map((r) => r.title)).toContain('赵桂英案一审');
});

it('refuses to merge into a reviewed case (only a link is offered) and writes nothing', async () => {
  const first = await earlier('reviewed');
  const draft = await previewAppeal();
  expect(draft.instances[0]).toMatchObject({ id: first, draft: false });
  const before = await lib.service.call('library.info', {});
  await expect(
    lib.service.call('import.commit', { drafts: [{ name: '二审.txt', case: draft.case, mergeInto: first }] }),
  ).rejects.toThrow(/二审\.txt：案例“赵桂英案一审”已审核，不能被合并覆盖，只能作为关联文书链接/);
  expect(await lib.service.call('library.info', {})).toEqual(before);
  expect((await lib.service.call('cases.get', { id: first })).title).toBe('赵桂英案一审');
});
