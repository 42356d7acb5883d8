import { strToU8, unzipSync, zipSync } from 'fflate';
import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openService, type Service } from '../../core/service';
import { mutate, seededRandom } from '../helpers/fuzz';
import { forgePackage, forgedCase, newKey } from '../helpers/packageForge';
import { tempDir, type TempDir } from '../helpers/tempLibrary';

/**
 * Random and mutated packages through packages.inspect and packages.import: never a crash or an
 * INTERNAL error, never longer than the parse worker's deadline (a PARSE_TIMEOUT is not an
 * accepted refusal, so the time bound is enforced by the worker, not a wall clock), always a clear refusal (BAD_PACKAGE or
 * SIGNATURE_INVALID) that leaves the library as it was. Seeds are fixed: a failure names its seed.
 */
const SEED = 20261127;
const ROUNDS = 60;
/** The parse worker's deadline per package read: passing it answers PARSE_TIMEOUT and fails the test. */
const TIME_BOUND_MS = 5000;
const REFUSALS = ['BAD_PACKAGE', 'SIGNATURE_INVALID'];

let tmp: TempDir;
let service: Service;
let valid: Uint8Array;

beforeAll(() => {
  tmp = tempDir('anjian-fuzz-pkg-');
  service = openService(tmp.path('empty.sqlite'), {
    platform: {
      userDataDir: tmp.path('user-data'),
      parseLimits: { package: { deadlineMs: TIME_BOUND_MS, memoryMb: 512 } },
    },
  });
  forgePackage(tmp.path('valid.anjian'), {
    key: newKey(),
    cases: [
      forgedCase('fuzz-1', '模糊测试一'),
      forgedCase('fuzz-2', '模糊测试二'),
      forgedCase('fuzz-3', '模糊测试三'),
    ],
  });
  valid = readFileSync(tmp.path('valid.anjian'));
});
afterAll(() => {
  service.close();
  tmp.remove();
});

const revision = async () => (await service.call('library.info', {})).revision;

/** Imports `data`; a refusal must be one of the expected codes with a Chinese message, and change nothing. */
async function expectRefusedOrAuthentic(data: Uint8Array, label: string): Promise<'refused' | 'accepted'> {
  const path = tmp.path('fuzzed.anjian');
  writeFileSync(path, data);
  const before = await revision();
  const inspected = await service.dispatch('packages.inspect', { path });
  const result = await service.dispatch('packages.import', { path, trustSigner: true });
  if (result.ok) {
    // The damage missed everything signed (a timestamp in a zip header): the content is authentic.
    expect(inspected.ok, label).toBe(true);
    return 'accepted';
  }
  expect(REFUSALS, `${label}: ${result.error.code} ${result.error.message}`).toContain(result.error.code);
  expect(result.error.message, label).toMatch(/[\u4e00-\u9fff]/);
  expect(await revision(), label).toBe(before);
  return 'refused';
}

describe('fuzzing the package reader', () => {
  it(`refuses ${ROUNDS} mutated packages cleanly (seed ${SEED})`, async () => {
    const random = seededRandom(SEED);
    const outcomes = { refused: 0, accepted: 0 };
    for (let round = 0; round < ROUNDS; round++) {
      const { data, how } = mutate(valid, random);
      outcomes[await expectRefusedOrAuthentic(data, `seed ${SEED} round ${round}: ${how}`)] += 1;
    }
    expect(outcomes.refused).toBeGreaterThan(ROUNDS / 2);
  }, 120_000);

  it('refuses random bytes, empty files and non-zip files', async () => {
    const random = seededRandom(SEED + 1);
    for (const data of [
      new Uint8Array(0),
      random.bytes(10),
      random.bytes(5000),
      strToU8('{"format":"anjian-package"}'),
    ]) {
      expect(await expectRefusedOrAuthentic(data, `random ${data.length}`)).toBe('refused');
    }
  });

  it('refuses hostile archives: traversal names, folders, unknown and extra entries, bombs', async () => {
    const entries = (extra: Record<string, Uint8Array>) => zipSync({ ...extra });
    const hostile: [string, Uint8Array][] = [
      ['absolute path', entries({ '/etc/cron.d/x': strToU8('x') })],
      ['windows path', entries({ 'C:\\Windows\\x.json': strToU8('x') })],
      ['backslash traversal', entries({ '..\\..\\x.json': strToU8('x') })],
      ['nested traversal', entries({ 'cases/../../x.json': strToU8('x') })],
      ['folder', entries({ 'cases/': new Uint8Array(0) })],
      ['unknown entry', entries({ 'evil.exe': strToU8('MZ') })],
      [
        'too many entries',
        entries(Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`f${i}.json`, strToU8('1')]))),
      ],
      ['only a manifest', entries({ 'manifest.json': strToU8('{}') })],
      // 16 MB of zeros compress to ~16 KB: readable within the limits, and then not what the manifest signed.
      ['zip bomb', entries({ 'cases.json': new Uint8Array(16 * 1024 * 1024) })],
      [
        'signed package plus a stray entry',
        Uint8Array.from(zipSync({ ...unzipSync(valid), 'extra.json': strToU8('{}') })),
      ],
    ];
    for (const [label, data] of hostile) {
      expect(await expectRefusedOrAuthentic(data, label)).toBe('refused');
    }
  }, 60_000);

  it('refuses a signed package whose archive lies about an entry size, inflating no more than declared', async () => {
    /** The valid package with the central directory's uncompressed size of cases.json replaced. */
    const withDeclaredSize = (size: number) => {
      const data = Uint8Array.from(valid);
      const view = new DataView(data.buffer);
      for (let i = 0; i + 46 < data.length; i++) {
        if (view.getUint32(i, true) !== 0x02014b50) continue;
        const nameLength = view.getUint16(i + 28, true);
        if (new TextDecoder().decode(data.subarray(i + 46, i + 46 + nameLength)) === 'cases.json') {
          view.setUint32(i + 24, size, true);
        }
      }
      return data;
    };
    for (const size of [0xfffffff0, 100 * 1024 * 1024, 10, 0]) {
      expect(
        await expectRefusedOrAuthentic(withDeclaredSize(size), `cases.json declared ${size} bytes`),
      ).toBe('refused');
    }
  });
});
