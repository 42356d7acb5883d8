import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { startWebHost } from '../../web/server';
import { forgePackage, forgedCase } from '../helpers/packageForge';
import { sampleCase } from '../helpers/sampleCase';
import { emptyService, serviceEachTest } from '../helpers/tempLibrary';

/**
 * The 案号 form and "a reviewed case has every section" hold however a case reaches the
 * library: the editor's cases.save, the HTTP API, import.commit and a case package. A refused
 * write names the case and the field, and leaves the library as it was.
 */
const lib = serviceEachTest(emptyService);
const revision = async () => (await lib.service.call('library.info', {})).revision;
const total = async () => (await lib.service.call('cases.list', {})).total;

describe('business rules for every entry point', () => {
  it('cases.save refuses a reviewed case without 评析 and a malformed 案号, and saves the draft', async () => {
    const before = await revision();
    const noAnalysis = await lib.service.dispatch('cases.save', { case: sampleCase({ analysis: '  ' }) });
    expect(noAnalysis).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    if (!noAnalysis.ok) expect(noAnalysis.error.message).toContain('标为“已审核”前须填写评析');

    const placeholder = await lib.service.dispatch('cases.save', { case: sampleCase({ lessons: '待补充' }) });
    if (!placeholder.ok) expect(placeholder.error.message).toContain('须写明启示与建议');
    expect(placeholder.ok).toBe(false);

    const badNumber = await lib.service.dispatch('cases.save', {
      case: sampleCase({ caseNumber: '京01行初1号' }),
    });
    if (!badNumber.ok) expect(badNumber.error.message).toContain('案号格式应如');
    expect(badNumber.ok).toBe(false);
    expect(await revision()).toBe(before);

    const draft = await lib.service.call('cases.save', {
      case: sampleCase({ status: 'draft', analysis: '' }),
    });
    expect(draft.status).toBe('draft');
    await expect(
      lib.service.call('cases.save', {
        id: draft.id,
        expectedRevision: draft.revision,
        case: sampleCase({ analysis: '' }),
      }),
    ).rejects.toMatchObject({ code: 'BAD_INPUT' });
    expect((await lib.service.call('cases.get', { id: draft.id })).status).toBe('draft');
  });

  it('the HTTP API meets the same rule', async () => {
    const server = await startWebHost({ service: lib.service, rendererDir: lib.tmp.dir, port: 0 });
    try {
      const port = (server.address() as AddressInfo).port;
      const res = await fetch(`http://127.0.0.1:${port}/api/cases.save`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ case: sampleCase({ summary: '' }) }),
      });
      const body = (await res.json()) as { ok: boolean; error?: { message: string } };
      expect(body.ok).toBe(false);
      expect(body.error?.message).toContain('标为“已审核”前须填写案情简介');
      expect(await total()).toBe(0);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('import.commit refuses the whole batch when one reviewed draft lacks a section, naming the draft', async () => {
    const result = await lib.service.dispatch('import.commit', {
      drafts: [
        { name: '甲.docx', case: sampleCase({ caseNumber: '（2020）测01行初1号' }) },
        { name: '乙.docx', case: sampleCase({ caseNumber: '（2020）测01行初2号', ruling: '' }) },
      ],
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    if (!result.ok) {
      expect(result.error.message).toContain('乙.docx');
      expect(result.error.message).toContain('裁判结果');
    }
    expect(await total()).toBe(0);

    const fine = await lib.service.call('import.commit', {
      drafts: [{ name: '甲.docx', case: sampleCase({ caseNumber: '（2020）测01行初1号' }) }],
    });
    expect(fine.imported).toHaveLength(1);
  });

  it('a case package with a reviewed case lacking a section is refused and nothing is merged', async () => {
    const path = lib.tmp.path('bad.anjian');
    forgePackage(path, {
      cases: [forgedCase('pkg-ok', '完整的案例'), { ...forgedCase('pkg-bad', '缺评析的案例'), analysis: '' }],
    });
    const before = await revision();
    const result = await lib.service.dispatch('packages.import', { path, trustSigner: true });
    expect(result).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    if (!result.ok) {
      expect(result.error.message).toContain('缺评析的案例');
      expect(result.error.message).toContain('评析');
    }
    expect(await revision()).toBe(before);
    expect(await total()).toBe(0);

    const good = lib.tmp.path('good.anjian');
    forgePackage(good, { cases: [forgedCase('pkg-ok', '完整的案例')] });
    expect(await lib.service.call('packages.import', { path: good, trustSigner: true })).toMatchObject({
      added: 1,
    });
  });
});
