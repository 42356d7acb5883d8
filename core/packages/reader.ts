import type { z } from 'zod';
import { AppError } from '../../db/errors';
import { describeZodError } from '../service/validation';
import { readRegularFile } from '../untrusted/readFile';
import { sha256Hex, verifyBytes } from './crypto';
import {
  LIMITS,
  PackageCase,
  PackageManifest,
  PackageSynonyms,
  PackageTaxonomy,
  SIGNED_ENTRIES,
  WithdrawnCase,
  type PackageContents,
} from './format';
import { readZipEntries } from './zipEntries';

function parseJson(file: string, entry: string, bytes: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (e) {
    throw new AppError(
      'BAD_PACKAGE',
      `案例包 ${file} 中的 ${entry} 不是有效的 JSON：${(e as Error).message}`,
    );
  }
}

function validate<T>(file: string, entry: string, schema: z.ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    throw new AppError('BAD_PACKAGE', `案例包 ${file} 中的 ${entry} 有误：${describeZodError(parsed.error)}`);
  }
  return parsed.data;
}

/** Validates an array record by record, so the message names the record that is wrong. */
function validateList<T>(file: string, entry: string, schema: z.ZodType<T>, value: unknown): T[] {
  if (!Array.isArray(value)) throw new AppError('BAD_PACKAGE', `案例包 ${file} 中的 ${entry} 应为数组`);
  if (value.length > LIMITS.maxCases) {
    throw new AppError('BAD_PACKAGE', `案例包 ${file} 中的 ${entry} 记录过多（${value.length}）`);
  }
  return value.map((item: unknown, i) => {
    const parsed = schema.safeParse(item);
    if (parsed.success) return parsed.data;
    const title =
      item && typeof item === 'object' && 'title' in item && typeof item.title === 'string'
        ? `“${item.title.slice(0, 40)}”`
        : '';
    throw new AppError(
      'BAD_PACKAGE',
      `案例包 ${file} 中 ${entry} 的第 ${i + 1} 条记录${title}有误：${describeZodError(parsed.error)}`,
    );
  });
}

/**
 * Reads and checks a package: archive limits and entry names, manifest, Ed25519 signature of the
 * manifest, the hash of every entry, then every record against its schema. Whether the signer
 * is trusted is the caller's question.
 */
export function readPackage(file: string): PackageContents {
  const data = readRegularFile(file, LIMITS.maxPackageBytes, { code: 'BAD_PACKAGE', what: '案例包' });
  // Pass 1: the manifest and its signature only.
  const head = readZipEntries(file, data, (name, size) => {
    if (name === 'manifest.json' && size > LIMITS.maxManifestBytes) {
      throw new AppError('BAD_PACKAGE', `案例包 ${file} 的 manifest.json 过大`);
    }
    return name === 'manifest.json' || name === 'manifest.sig';
  });
  const manifestBytes = head.get('manifest.json')!;
  const manifest = validate(
    file,
    'manifest.json',
    PackageManifest,
    parseJson(file, 'manifest.json', manifestBytes),
  );
  const signature = new TextDecoder().decode(head.get('manifest.sig')!.subarray(0, 200));
  if (!verifyBytes(manifest.signer.publicKey, manifestBytes, signature)) {
    throw new AppError(
      'SIGNATURE_INVALID',
      `案例包 ${file} 的签名无效：包的说明文件与签名不符，可能已被改动或损坏。未导入任何内容。`,
    );
  }
  const tampered = (name: string) =>
    new AppError(
      'SIGNATURE_INVALID',
      `案例包 ${file} 中的 ${name} 与签名不符：内容在签名之后被改动或已损坏。未导入任何内容。`,
    );
  // Pass 2: the signed entries, each only if its declared size is the size the signer recorded.
  const entries = readZipEntries(file, data, (name, size) => {
    if (name === 'manifest.json' || name === 'manifest.sig') return false;
    if (size !== manifest.entries[name].size) throw tampered(name);
    return true;
  });
  for (const name of SIGNED_ENTRIES) {
    const bytes = entries.get(name)!;
    const expected = manifest.entries[name];
    if (bytes.length !== expected.size || sha256Hex(bytes) !== expected.sha256) throw tampered(name);
  }
  const cases = validateList(
    file,
    'cases.json',
    PackageCase,
    parseJson(file, 'cases.json', entries.get('cases.json')!),
  );
  const withdrawn = validateList(
    file,
    'withdrawn.json',
    WithdrawnCase,
    parseJson(file, 'withdrawn.json', entries.get('withdrawn.json')!),
  );
  const taxonomy = validate(
    file,
    'taxonomy.json',
    PackageTaxonomy,
    parseJson(file, 'taxonomy.json', entries.get('taxonomy.json')!),
  );
  const synonyms = validate(
    file,
    'synonyms.json',
    PackageSynonyms,
    parseJson(file, 'synonyms.json', entries.get('synonyms.json')!),
  );
  if (cases.length !== manifest.counts.cases || withdrawn.length !== manifest.counts.withdrawn) {
    throw new AppError('BAD_PACKAGE', `案例包 ${file} 的案例数与说明文件不符`);
  }
  const ids = new Set<string>();
  for (const c of [...cases, ...withdrawn]) {
    if (ids.has(c.id)) throw new AppError('BAD_PACKAGE', `案例包 ${file} 中案例编号 ${c.id} 出现了两次`);
    ids.add(c.id);
  }
  return { manifest, cases, withdrawn, taxonomy, synonyms };
}
