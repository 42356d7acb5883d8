import { z } from 'zod';
import { CaseContent } from '../../shared/case';

/**
 * The .anjian library package, version 1: a ZIP archive (written and read with fflate) with
 * exactly these entries, all UTF-8 JSON except the signature:
 *
 *   manifest.json   PackageManifest: format, library id and name, version, created date,
 *                   changelog, signer public key, and the SHA-256 and size of every other entry
 *   manifest.sig    base64 Ed25519 signature of the exact bytes of manifest.json
 *   cases.json      PackageCase[]: the published cases (content + id + dates)
 *   withdrawn.json  { id, title }[]: cases the legal office withdrew; importing moves them to the trash
 *   taxonomy.json   loss reasons and enforcement steps the cases use (codes must be known to the reader)
 *   synonyms.json   string[][]: the library's synonym groups for search if edited, else []
 *
 * Signing the manifest, which holds every entry's hash, signs the whole package. A reader
 * accepts no other entry name, no directory, no path with `..`, `/`, `\` or a drive letter,
 * and enforces the limits below before inflating anything.
 */
export const PACKAGE_FORMAT = 'anjian-package';
export const PACKAGE_FORMAT_VERSION = 1;
export const PACKAGE_EXTENSION = '.anjian';

export const ENTRY_NAMES = [
  'manifest.json',
  'manifest.sig',
  'cases.json',
  'withdrawn.json',
  'taxonomy.json',
  'synonyms.json',
] as const;
export type EntryName = (typeof ENTRY_NAMES)[number];
export const SIGNED_ENTRIES = ['cases.json', 'withdrawn.json', 'taxonomy.json', 'synonyms.json'] as const;

export const LIMITS = {
  /** The .anjian file itself. */
  maxPackageBytes: 256 * 1024 * 1024,
  /** Entries in the archive (the format has six; a few more are reported, not read). */
  maxEntries: 16,
  /**
   * One inflated entry: declared sizes are checked before anything is inflated, and output is
   * counted while inflating. A 20,000-case library is ~100 MB of cases.json.
   */
  maxEntryBytes: 192 * 1024 * 1024,
  /** All inflated entries together. */
  maxTotalBytes: 256 * 1024 * 1024,
  /** Deflate cannot expand more than ~1032:1; a larger declared ratio is a lie or a bomb. */
  maxRatio: 1100,
  maxManifestBytes: 256 * 1024,
  maxCases: 200_000,
};

const Sha256 = z.string().regex(/^[0-9a-f]{64}$/, '应为 SHA-256 十六进制摘要');
const EntryDigest = z.object({ sha256: Sha256, size: z.number().int().min(0) }).strict();

export const PackageManifest = z
  .object({
    format: z.literal(PACKAGE_FORMAT),
    formatVersion: z.literal(PACKAGE_FORMAT_VERSION),
    libraryId: z.string().min(1).max(100),
    libraryName: z.string().max(200),
    version: z.number().int().min(1).max(1_000_000_000),
    createdAt: z.iso.datetime(),
    changelog: z.string().max(20_000),
    scope: z.enum(['full', 'selection']),
    signer: z
      .object({
        /** Raw 32-byte Ed25519 public key, base64. */
        publicKey: z.string().regex(/^[A-Za-z0-9+/]{43}=$/, '应为 32 字节 Ed25519 公钥的 base64'),
        name: z.string().max(200),
      })
      .strict(),
    counts: z.object({ cases: z.number().int().min(0), withdrawn: z.number().int().min(0) }).strict(),
    entries: z
      .object({
        'cases.json': EntryDigest,
        'withdrawn.json': EntryDigest,
        'taxonomy.json': EntryDigest,
        'synonyms.json': EntryDigest,
      })
      .strict(),
  })
  .strict();
export type PackageManifest = z.infer<typeof PackageManifest>;

const IsoTime = z.string().min(1).max(40);

/** One published case: what an editor wrote, plus its identity and dates. Unknown fields are refused. */
export const PackageCase = CaseContent.extend({
  id: z
    .string()
    .min(1)
    .max(100)
    .regex(/^[A-Za-z0-9_-]+$/, '案例编号只能含字母、数字、- 和 _'),
  createdAt: IsoTime,
  updatedAt: IsoTime,
}).strict();
export type PackageCase = z.infer<typeof PackageCase>;

export const WithdrawnCase = z.object({ id: PackageCase.shape.id, title: z.string().max(1000) }).strict();
export type WithdrawnCase = z.infer<typeof WithdrawnCase>;

export const PackageTaxonomy = z
  .object({
    lossReasons: z.array(
      z
        .object({ code: z.string().max(100), name: z.string(), article: z.string(), description: z.string() })
        .strict(),
    ),
    enforcementSteps: z.array(z.object({ code: z.string().max(100), name: z.string() }).strict()),
  })
  .strict();
export type PackageTaxonomy = z.infer<typeof PackageTaxonomy>;

export const PackageSynonyms = z.array(z.array(z.string().min(1).max(100)).min(2).max(50)).max(10_000);
export type PackageSynonyms = z.infer<typeof PackageSynonyms>;

/** Everything a reader took out of a package once its signature and hashes were checked. */
export interface PackageContents {
  manifest: PackageManifest;
  cases: PackageCase[];
  withdrawn: WithdrawnCase[];
  taxonomy: PackageTaxonomy;
  synonyms: PackageSynonyms;
}
