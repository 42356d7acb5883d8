import iconv from 'iconv-lite';
import { AppError } from '../../../db/errors';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** Magic numbers of formats people rename to .txt by mistake, named for the message. */
const SIGNATURES: { bytes: number[]; what: string }[] = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'ZIP 压缩包或 Word（.docx）文档' },
  { bytes: [0x25, 0x50, 0x44, 0x46], what: 'PDF 文档' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: '旧版 Word（.doc）或 Excel（.xls）文档' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'PNG 图片' },
  { bytes: [0xff, 0xd8, 0xff], what: 'JPEG 图片' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'GIF 图片' },
  { bytes: [0x52, 0x61, 0x72, 0x21], what: 'RAR 压缩包' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], what: '可执行程序' },
  { bytes: [0x4d, 0x5a], what: '可执行程序（.exe）' },
];

const startsWith = (data: Uint8Array, bytes: number[]) => bytes.every((b, i) => data[i] === b);

/** What a binary file really is, when its first bytes say so. */
export function sniffBinary(data: Uint8Array): string | undefined {
  return SIGNATURES.find((s) => startsWith(data, s.bytes))?.what;
}

/** Share of NUL bytes at even and odd positions: UTF-16 text of CJK/ASCII leaves many of them on one side. */
function zeroBytes(data: Uint8Array): { even: number; odd: number } {
  const n = Math.min(data.length, 64 * 1024);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i++) {
    if (data[i] === 0) {
      if (i % 2 === 0) even++;
      else odd++;
    }
  }
  const half = Math.max(1, n / 2);
  return { even: even / half, odd: odd / half };
}

function isValidUtf8(data: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(data);
    return true;
  } catch {
    return false;
  }
}

/** Control characters other than tab/newline/form feed betray binary content decoded as text. */
function looksLikeText(text: string): boolean {
  if (!text.length) return true;
  const sample = text.slice(0, 200_000);
  let bad = 0;
  for (const ch of sample) {
    const c = ch.codePointAt(0) ?? 0;
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0xfffd) bad++;
  }
  return bad / sample.length < 0.01;
}

/**
 * Decodes a text file whose encoding nobody told us: a BOM decides when present; otherwise valid
 * UTF-8 is UTF-8 (GBK bytes of Chinese text are almost never valid UTF-8), NUL bytes on one side
 * mean UTF-16, and the rest is GB18030 (a superset of GBK and GB2312, what Windows Notepad wrote
 * for years). Binary files renamed to .txt are refused with what they really are.
 */
export function decodeText(name: string, data: Uint8Array): { text: string; encoding: TextEncoding } {
  const binary = sniffBinary(data);
  if (binary)
    throw new AppError('BAD_FILE', `文件“${name}”不是文本文件：它实际是${binary}，请改用正确的扩展名。`);
  let encoding: TextEncoding;
  let body = data;
  if (startsWith(data, [0xef, 0xbb, 0xbf])) {
    encoding = 'utf-8';
    body = data.subarray(3);
  } else if (startsWith(data, [0xff, 0xfe])) {
    encoding = 'utf-16le';
    body = data.subarray(2);
  } else if (startsWith(data, [0xfe, 0xff])) {
    encoding = 'utf-16be';
    body = data.subarray(2);
  } else {
    const zeros = zeroBytes(data);
    if (zeros.odd > 0.2 && zeros.even < 0.05) encoding = 'utf-16le';
    else if (zeros.even > 0.2 && zeros.odd < 0.05) encoding = 'utf-16be';
    else if (isValidUtf8(data)) encoding = 'utf-8';
    else encoding = 'gb18030';
  }
  const text =
    encoding === 'utf-8'
      ? new TextDecoder('utf-8').decode(body)
      : iconv.decode(Buffer.from(body.buffer, body.byteOffset, body.byteLength), encoding);
  if (!looksLikeText(text)) {
    throw new AppError(
      'BAD_FILE',
      `文件“${name}”不是可读的文本：内容含有大量二进制字节（可能是改了扩展名的其他格式文件），未导入。`,
    );
  }
  return { text, encoding };
}
