import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { rawPublicKey, sha256Hex, signBytes } from '../../core/packages/crypto';
import { PACKAGE_FORMAT, PACKAGE_FORMAT_VERSION } from '../../core/packages/format';
import { sampleCase } from './sampleCase';

/** Builds .anjian packages by hand, so tests can make valid, tampered and hostile ones. */

export const newKey = (): KeyObject => generateKeyPairSync('ed25519').privateKey;

export interface ForgeOptions {
  key?: KeyObject;
  version?: number;
  libraryId?: string;
  cases?: unknown[];
  withdrawn?: unknown[];
  taxonomy?: unknown;
  synonyms?: unknown;
  /** Entries added to the archive as they are (not in the manifest), e.g. a zip-slip path. */
  extra?: Record<string, Uint8Array>;
}

export const forgedCase = (id: string, title: string) => ({
  ...sampleCase({ title }),
  relatedCaseNumbers: [],
  courtLevel: '中级',
  id,
  createdAt: '2024-01-01T00:00:00.000Z',
  updatedAt: '2024-01-01T00:00:00.000Z',
});

export function forgePackage(path: string, options: ForgeOptions = {}): KeyObject {
  const key = options.key ?? newKey();
  const json = (value: unknown) => strToU8(JSON.stringify(value));
  const payload = {
    'cases.json': json(options.cases ?? [forgedCase('forged-1', '伪造测试案例')]),
    'withdrawn.json': json(options.withdrawn ?? []),
    'taxonomy.json': json(options.taxonomy ?? { lossReasons: [], enforcementSteps: [] }),
    'synonyms.json': json(options.synonyms ?? []),
  };
  const digest = (bytes: Uint8Array) => ({ sha256: sha256Hex(bytes), size: bytes.length });
  const manifest = strToU8(
    JSON.stringify({
      format: PACKAGE_FORMAT,
      formatVersion: PACKAGE_FORMAT_VERSION,
      libraryId: options.libraryId ?? 'forged-library',
      libraryName: '测试',
      version: options.version ?? 1,
      createdAt: new Date().toISOString(),
      changelog: '',
      scope: 'selection',
      signer: { publicKey: rawPublicKey(key), name: '测试签名者' },
      counts: {
        cases: Array.isArray(options.cases) ? options.cases.length : 1,
        withdrawn: Array.isArray(options.withdrawn) ? options.withdrawn.length : 0,
      },
      entries: Object.fromEntries(Object.entries(payload).map(([k, v]) => [k, digest(v)])),
    }),
  );
  const entries: Zippable = {
    'manifest.json': manifest,
    'manifest.sig': strToU8(signBytes(key, manifest)),
    ...payload,
    ...options.extra,
  };
  writeFileSync(path, zipSync(entries));
  return key;
}

/** Rewrites a package's archive after changing its entries (without re-signing). */
export function rezip(
  source: string,
  target: string,
  change: (entries: Record<string, Uint8Array>) => Record<string, Uint8Array>,
): void {
  writeFileSync(target, zipSync(change(unzipSync(readFileSync(source)))));
}
