import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Service } from '../../core/service';
import { appealJudgment } from '../fixtures/judgments/appeal';
import { penaltyJudgment } from '../fixtures/judgments/penalty';
import { mutate, seededRandom } from '../helpers/fuzz';
import { judgmentDocx, judgmentPdf } from '../helpers/judgmentFiles';
import { sampleCase } from '../helpers/sampleCase';
import { emptyService, tempDir, type TempDir } from '../helpers/tempLibrary';

/**
 * Random and mutated judgments and case lists through import.preview and import.commit: no
 * crash, no INTERNAL error, a per-file failure or an AppError naming the file, and the library
 * unchanged by anything refused. Seeded, so a failure repeats. A call that hangs fails the test by
 * its timeout; no call is timed (a loaded machine is no bug).
 */
const SEED = 91127;
const ROUNDS_PER_FORMAT = 12;

let tmp: TempDir;
let service: Service;
const seeds: Record<string, Uint8Array> = {};

beforeAll(async () => {
  tmp = tempDir('anjian-fuzz-import-');
  service = emptyService(tmp);
  seeds.txt = Buffer.from(penaltyJudgment.text, 'utf8');
  seeds.docx = await judgmentDocx(penaltyJudgment.text);
  seeds.pdf = await judgmentPdf(appealJudgment.text);
  seeds.xlsx = Buffer.from((await service.call('import.template', { format: 'xlsx' })).dataBase64, 'base64');
  seeds.json = Buffer.from(JSON.stringify([sampleCase(), sampleCase({ title: '第二个案例' })]), 'utf8');
}, 120_000);
afterAll(() => {
  service.close();
  tmp.remove();
});

const revision = async () => (await service.call('library.info', {})).revision;

async function previewChecked(name: string, data: Uint8Array, label: string) {
  const result = await service.dispatch('import.preview', {
    files: [{ name, dataBase64: Buffer.from(data).toString('base64') }],
  });
  if (!result.ok) {
    expect(result.error.code, `${label}: ${result.error.message}`).not.toBe('INTERNAL');
    expect(result.error.message, label).toMatch(/[\u4e00-\u9fff]/);
    return undefined;
  }
  const value = result.value as { drafts: unknown[]; failures: { name: string; message: string }[] };
  for (const failure of value.failures) expect(failure.message, label).toMatch(/[\u4e00-\u9fff]/);
  return value;
}

describe('fuzzing the importers', () => {
  for (const format of ['txt', 'docx', 'pdf', 'xlsx', 'json'] as const) {
    it(`mutated .${format} files give a draft or a clear failure, and change nothing (seed ${SEED})`, async () => {
      const random = seededRandom(SEED + format.length * 7919 + format.charCodeAt(0));
      const before = await revision();
      for (let round = 0; round < ROUNDS_PER_FORMAT; round++) {
        const { data, how } = mutate(seeds[format]!, random);
        await previewChecked(`fuzz-${round}.${format}`, data, `.${format} round ${round}: ${how}`);
      }
      // Pure garbage under each extension, and an empty file.
      await previewChecked(`garbage.${format}`, random.bytes(2000), `.${format} garbage`);
      await previewChecked(`empty.${format}`, new Uint8Array(0), `.${format} empty`);
      expect(await revision()).toBe(before);
    }, 180_000);
  }

  it('import.commit refuses malformed drafts as a whole and leaves the library unchanged', async () => {
    const random = seededRandom(SEED + 1);
    const junk = () =>
      random.pick([
        null,
        42,
        'x'.repeat(random.int(50)),
        [],
        {},
        { case: { title: '' } },
        { case: { ...sampleCase(), category: '不存在的类别' } },
        { case: { ...sampleCase(), judgmentDate: '2020-13-45' } },
        { case: { ...sampleCase(), lossReasons: [{ code: 'nope' }] } },
        { fields: { title: 123 } },
      ]);
    const before = await revision();
    const count = async () => (await service.call('library.info', {})).caseCount;
    let cases = await count();
    for (let round = 0; round < 30; round++) {
      const drafts = [{ case: sampleCase({ title: `好的草稿-${round}` }) }, junk(), junk()];
      const result = await service.dispatch('import.commit', { drafts });
      if (result.ok) {
        // Both junk drafts happened to be acceptable or skippable: allowed, and the new baseline.
        cases = await count();
        continue;
      }
      expect(result.error.code, JSON.stringify(drafts).slice(0, 200)).not.toBe('INTERNAL');
      expect(await count()).toBe(cases);
    }
    const bad = await service.dispatch('import.commit', { drafts: 'not a list' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect(await revision()).toBeGreaterThanOrEqual(before);
  }, 60_000);
});
