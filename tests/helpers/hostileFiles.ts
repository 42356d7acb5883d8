import { strToU8 } from 'fflate';
import type { KeyObject } from 'node:crypto';
import { constants, crc32, deflateRawSync } from 'node:zlib';
import { rawPublicKey, sha256Hex, signBytes } from '../../core/packages/crypto';
import { PACKAGE_FORMAT, PACKAGE_FORMAT_VERSION } from '../../core/packages/format';

/**
 * Hostile inputs built in the test (no binary fixtures): ZIP archives whose headers say what
 * the test wants (including lies), deflate bombs that stay a few hundred KB, and a PDF whose
 * page tree names one page many times.
 */

export interface RawEntry {
  name: string;
  /** The bytes stored in the archive (already deflated when method is 8). */
  stored: Uint8Array;
  method: 0 | 8;
  crc: number;
  /** The inflated size the headers declare (true or not). */
  declaredSize: number;
}

export const storedEntry = (name: string, text: string): RawEntry => {
  const bytes = strToU8(text);
  return { name, stored: bytes, method: 0, crc: crc32(bytes), declaredSize: bytes.length };
};

export const deflatedEntry = (name: string, bytes: Uint8Array, declaredSize = bytes.length): RawEntry => ({
  name,
  stored: deflateRawSync(bytes),
  method: 8,
  crc: crc32(bytes),
  declaredSize,
});

/**
 * A deflate stream that inflates to `megabytes` MB of `fill` while storing ~1 KB per MB: one
 * MB compressed with a full flush (byte-aligned, dictionary reset) repeated, then a final
 * empty block. The CRC is the true one, so only size limits can stop it.
 */
export function bombEntry(name: string, megabytes: number, prefix: string, fill = 0x20): RawEntry {
  const head = strToU8(prefix);
  const block = new Uint8Array(1024 * 1024).fill(fill);
  const headDeflated = deflateRawSync(head, { finishFlush: constants.Z_FULL_FLUSH });
  const blockDeflated = deflateRawSync(block, { finishFlush: constants.Z_FULL_FLUSH, level: 9 });
  const end = deflateRawSync(new Uint8Array(0));
  const parts = [headDeflated, ...Array.from({ length: megabytes }, () => blockDeflated), end];
  let crc = crc32(head);
  for (let i = 0; i < megabytes; i++) crc = crc32(block, crc);
  return {
    name,
    stored: Buffer.concat(parts),
    method: 8,
    crc,
    declaredSize: head.length + megabytes * 1024 * 1024,
  };
}

/** Writes a ZIP archive with exactly these local headers and central directory records. */
export function rawZip(entries: RawEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(e.method, 8);
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(e.stored.length, 18);
    local.writeUInt32LE(e.declaredSize >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(e.method, 10);
    central.writeUInt32LE(e.crc >>> 0, 16);
    central.writeUInt32LE(e.stored.length, 20);
    central.writeUInt32LE(e.declaredSize >>> 0, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, Buffer.from(e.stored));
    centrals.push(central, name);
    offset += 30 + name.length + e.stored.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const ROOT_RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
const DOCUMENT_HEAD =
  '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>';

/** A .docx whose word/document.xml inflates to `megabytes` MB (300 → a ~300 KB file). */
export function docxBomb(megabytes: number): Uint8Array {
  return rawZip([
    storedEntry('[Content_Types].xml', CONTENT_TYPES),
    storedEntry('_rels/.rels', ROOT_RELS),
    bombEntry('word/document.xml', megabytes, DOCUMENT_HEAD),
  ]);
}

/** A small, valid .docx with one paragraph, built the same way (to show the reader still reads). */
export function tinyDocx(text: string): Uint8Array {
  return rawZip([
    storedEntry('[Content_Types].xml', CONTENT_TYPES),
    storedEntry('_rels/.rels', ROOT_RELS),
    deflatedEntry(
      'word/document.xml',
      strToU8(`${DOCUMENT_HEAD}${text}</w:t></w:r></w:p></w:body></w:document>`),
    ),
  ]);
}

/**
 * A PDF whose page tree lists the same page object `times` times, each page drawing a line of
 * text: a few bytes per reference, hundreds of thousands of pages. /Count says so too, unless
 * `count` is given (a tree that hides its size behind a small /Count).
 */
export function pdfPageTreeBomb(times: number, count = times): Uint8Array {
  const kids = Array.from({ length: times }, () => '3 0 R').join(' ');
  const stream = 'BT /F1 12 Tf 72 720 Td (Repeated page of a hostile PDF) Tj ET';
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${count} >>`,
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const at of offsets) body += `${String(at).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return strToU8(body);
}

/**
 * A signed .anjian package whose cases.json is `cases` (a raw entry that may lie), with a manifest
 * that states the entry's declared size, so the reader gets past the signature and the size
 * check and must stop the entry while inflating it.
 */
export function hostilePackage(key: KeyObject, cases: RawEntry): Uint8Array {
  const small = {
    'withdrawn.json': strToU8('[]'),
    'taxonomy.json': strToU8('{"lossReasons":[],"enforcementSteps":[]}'),
    'synonyms.json': strToU8('[]'),
  };
  const manifest = strToU8(
    JSON.stringify({
      format: PACKAGE_FORMAT,
      formatVersion: PACKAGE_FORMAT_VERSION,
      libraryId: 'hostile-library',
      libraryName: '恶意案例包',
      version: 1,
      createdAt: new Date().toISOString(),
      changelog: '',
      scope: 'selection',
      signer: { publicKey: rawPublicKey(key), name: '不明签名者' },
      counts: { cases: 1, withdrawn: 0 },
      entries: {
        'cases.json': { sha256: '0'.repeat(64), size: cases.declaredSize },
        ...Object.fromEntries(
          Object.entries(small).map(([k, v]) => [k, { sha256: sha256Hex(v), size: v.length }]),
        ),
      },
    }),
  );
  return rawZip([
    deflatedEntry('manifest.json', manifest),
    deflatedEntry('manifest.sig', strToU8(signBytes(key, manifest))),
    cases,
    ...Object.entries(small).map(([name, bytes]) => deflatedEntry(name, bytes)),
  ]);
}
