import { Unzip, UnzipInflate, zipSync, type UnzipFile, type Zippable } from 'fflate';

/** How much an archive may hold once inflated; checked while inflating, not trusted from headers. */
export interface ZipLimits {
  maxEntries: number;
  /** One inflated entry. */
  maxEntryBytes: number;
  /** All inflated entries together (skipped entries count by their declared size). */
  maxTotalBytes: number;
}

export interface ZipEntryInfo {
  name: string;
  /** The inflated size the central directory declares (the local header must agree). */
  declaredSize: number;
  compressedSize: number;
}

export interface InflateOptions {
  limits: ZipLimits;
  /** Builds the error to throw; the message says what is wrong with the archive, in Chinese. */
  fail: (message: string) => Error;
  /** Which entries to inflate (it sees the declared size first and may throw); default all. */
  want?: (entry: ZipEntryInfo) => boolean;
}

/**
 * Compressed input is handed to the inflater in pieces this small, so one piece can inflate to
 * at most ~1032 × 16 KB ≈ 16 MB before the caps below are checked again.
 */
const PIECE = 16 * 1024;

/**
 * Inflates a ZIP archive as a stream with a cap per entry and in total. The central directory
 * is read first (count, names, declared sizes) and every local header must agree with it. An
 * entry is refused as soon as its output passes its declared size, so an entry that lies about
 * its size is never inflated whole, and a bomb stops after at most one piece past the limit.
 */
export function inflateZip(data: Uint8Array, options: InflateOptions): Map<string, Uint8Array> {
  const { limits, fail, want } = options;
  const directory = readCentralDirectory(data, limits, fail);
  const out = new Map<string, Uint8Array>();
  const started = new Set<string>();
  let total = 0;
  let failure: Error | undefined;
  const stop = (e: unknown): never => {
    failure ??= e instanceof Error ? e : new Error(String(e));
    throw failure;
  };
  const unzip = new Unzip((file) => {
    try {
      onFile(file);
    } catch (e) {
      stop(e);
    }
  });
  const onFile = (file: UnzipFile) => {
    const record = directory.get(file.name);
    if (!record || started.has(file.name)) {
      stop(fail(`压缩包内的“${file.name}”与目录不符（未列出或出现了两次）`));
    }
    started.add(file.name);
    if (file.compression !== 0 && file.compression !== 8) {
      stop(fail(`“${file.name}”使用了不支持的压缩方式 ${file.compression}`));
    }
    // Local header and central directory must agree; a reader elsewhere may trust either one.
    if (
      file.compression !== record!.method ||
      (file.originalSize !== undefined && file.originalSize !== record!.size) ||
      (file.size !== undefined && file.size !== record!.compressedSize)
    ) {
      stop(fail(`“${file.name}”的文件头与压缩包目录声明的大小或压缩方式不一致`));
    }
    const declared = record!.size;
    const info = { name: file.name, declaredSize: declared, compressedSize: record!.compressedSize };
    if (declared > limits.maxEntryBytes) {
      stop(fail(`“${file.name}”解压后过大（声明 ${declared} 字节，上限 ${limits.maxEntryBytes}）`));
    }
    if (want && !want(info)) {
      total += declared;
      if (total > limits.maxTotalBytes) stop(fail('压缩包内的文件解压后总量过大'));
      return;
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    file.ondata = (err, chunk, final) => {
      if (failure) return;
      if (err) stop(fail(`“${file.name}”无法解压（${err.message}）`));
      size += chunk.length;
      total += chunk.length;
      if (size > declared) {
        file.terminate();
        stop(fail(`“${file.name}”解压后的大小超过了它声明的 ${declared} 字节`));
      }
      if (total > limits.maxTotalBytes) {
        file.terminate();
        stop(fail(`压缩包内的文件解压后总量过大（上限 ${limits.maxTotalBytes} 字节）`));
      }
      chunks.push(chunk);
      if (final) {
        if (size !== declared) {
          stop(fail(`“${file.name}”解压后的大小（${size} 字节）与声明的 ${declared} 字节不符`));
        }
        out.set(file.name, concat(chunks, size));
      }
    };
    file.start();
  };
  unzip.register(UnzipInflate);
  try {
    for (let at = 0; at < data.length; at += PIECE) {
      unzip.push(data.subarray(at, Math.min(at + PIECE, data.length)), at + PIECE >= data.length);
      // fflate's inflater catches what ondata throws and carries on; stop feeding it here.
      if (failure) break;
    }
  } catch (e) {
    if (!failure) throw fail(`不是有效的 ZIP 压缩包（${(e as Error).message}）`);
  }
  if (failure) throw failure;
  for (const name of directory.keys()) {
    if (!started.has(name)) throw fail(`压缩包目录列出的“${name}”找不到`);
  }
  return out;
}

interface DirectoryRecord {
  method: number;
  compressedSize: number;
  size: number;
}

/**
 * The central directory, read before anything is inflated: entry count, names (no duplicates)
 * and declared sizes. ZIP64 archives are refused (no judgment, sheet or package needs one).
 */
function readCentralDirectory(
  data: Uint8Array,
  limits: ZipLimits,
  fail: (message: string) => Error,
): Map<string, DirectoryRecord> {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  let end = -1;
  for (let i = data.length - 22; i >= Math.max(0, data.length - 22 - 65535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) throw fail('不是有效的 ZIP 压缩包（找不到压缩包目录）');
  const count = view.getUint16(end + 10, true);
  const length = view.getUint32(end + 12, true);
  const offset = view.getUint32(end + 16, true);
  if (count === 0xffff || offset === 0xffffffff) throw fail('不支持 ZIP64 格式的压缩包');
  if (count === 0) throw fail('压缩包是空的');
  if (count > limits.maxEntries) throw fail(`压缩包内的文件超过 ${limits.maxEntries} 个`);
  if (offset + length > end) throw fail('不是有效的 ZIP 压缩包（目录位置有误）');
  const records = new Map<string, DirectoryRecord>();
  const decoder = new TextDecoder();
  let at = offset;
  let declaredTotal = 0;
  for (let n = 0; n < count; n++) {
    if (at + 46 > end || view.getUint32(at, true) !== 0x02014b50) {
      throw fail('不是有效的 ZIP 压缩包（目录已损坏）');
    }
    const method = view.getUint16(at + 10, true);
    const compressedSize = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extra = view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const name = decoder.decode(data.subarray(at + 46, at + 46 + nameLength));
    if (size === 0xffffffff || compressedSize === 0xffffffff) throw fail('不支持 ZIP64 格式的压缩包');
    if (records.has(name)) throw fail(`压缩包内的“${name}”出现了两次`);
    records.set(name, { method, compressedSize, size });
    declaredTotal += size;
    at += 46 + nameLength + extra;
  }
  if (declaredTotal > limits.maxTotalBytes * 4) throw fail('压缩包内的文件声明的解压后总量过大');
  return records;
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const all = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.length;
  }
  return all;
}

/**
 * Packs vetted entries again, stored without compression, so a library that reads the archive
 * itself (mammoth, exceljs) sees exactly the bytes that were checked and not a second,
 * differently declared copy in the central directory.
 */
export function rezipStored(entries: Map<string, Uint8Array>): Uint8Array {
  const files: Zippable = {};
  for (const [name, bytes] of entries) files[name] = [bytes, { level: 0 }];
  return zipSync(files);
}
