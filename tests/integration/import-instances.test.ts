import { describe, expect, it } from 'vitest';
import { appealJudgment } from '../fixtures/judgments/appeal';
import { sampleCase } from '../helpers/sampleCase';
import { emptyService, serviceEachTest } from '../helpers/tempLibrary';

const lib = serviceEachTest(emptyService);

const save = async (o: Parameters<typeof sampleCase>[0]) =>
  (await lib.service.call('cases.save', { case: sampleCase(o) })).id;

describe('关联文书: instances linked by the 案号 they cite', () => {
  it('shows 一审 → 二审 → 再审 from any of them and marks the decision the appeal revoked', async () => {
    const first = await save({ caseNumber: '（2019）测01行初5号', title: '一审案', trialStage: '一审' });
    const second = await save({
      caseNumber: '（2020）测行终6号',
      title: '二审案',
      trialStage: '二审',
      // Written with other brackets than the first instance stores.
      relatedCaseNumbers: ['(2019)测01行初5号'],
      ruling: '一、撤销某市中级人民法院（2019）测01行初5号行政判决；\n二、撤销被告作出的处罚决定。',
    });
    const retrial = await save({
      caseNumber: '（2021）最高法行申7号',
      title: '再审审查案',
      trialStage: '再审',
      relatedCaseNumbers: ['（2020）测行终6号', '（2019）测01行初5号'],
      ruling: '驳回再审申请人的再审申请。',
    });
    await save({ caseNumber: '（2019）测01行初55号', title: '无关案' });
    for (const id of [first, second, retrial]) {
      const chain = await lib.service.call('cases.instances', { id });
      expect(chain.map((x) => x.title)).toEqual(['一审案', '二审案', '再审审查案']);
      expect(chain.map((x) => x.stage)).toEqual(['一审', '二审', '再审审查']);
      expect(chain.find((x) => x.current)?.id).toBe(id);
      expect(chain.map((x) => x.overturnedBy)).toEqual(['（2020）测行终6号', null, null]);
    }
  });

  it('a case citing nothing has no chain', async () => {
    const id = await save({ caseNumber: '（2019）测01行初9号' });
    expect(await lib.service.call('cases.instances', { id })).toEqual([]);
  });

  it('importing a later instance names the earlier one in the library and links it on commit', async () => {
    const first = await save({ caseNumber: '（2018）苏01行初789号', title: '赵桂英案一审' });
    const preview = await lib.service.call('import.preview', { text: appealJudgment.text, name: '二审.txt' });
    const draft = preview.drafts[0]!;
    expect(draft.instances).toEqual([
      { id: first, title: '赵桂英案一审', caseNumber: '（2018）苏01行初789号', draft: false },
    ]);
    expect(draft.problems.join('')).toContain('导入后将作为关联文书链接');
    const result = await lib.service.call('import.commit', { drafts: [{ case: draft.case }] });
    const chain = await lib.service.call('cases.instances', { id: result.imported[0]!.id });
    expect(chain.map((x) => x.stage)).toEqual(['一审', '二审']);
  });
});
