/** Same limit as the service (core/import/limits.ts), checked here so a huge file is never read into memory. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export interface EncodedFile {
  name: string;
  dataBase64: string;
}

const toBase64 = (file: File): Promise<string> =>
  new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () =>
      resolve((typeof reader.result === 'string' ? reader.result : '').replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('读取失败'));
    reader.readAsDataURL(file);
  });

/** Files as the contract takes them; too large or unreadable ones become failures with the reason. */
export async function encodeFiles(
  files: File[],
): Promise<{ encoded: EncodedFile[]; failures: { name: string; message: string }[] }> {
  const encoded: EncodedFile[] = [];
  const failures: { name: string; message: string }[] = [];
  for (const file of files) {
    const name = file.webkitRelativePath || file.name;
    if (file.size > MAX_FILE_BYTES) {
      failures.push({
        name,
        message: `文件“${name}”过大（${(file.size / 1024 / 1024).toFixed(0)} MB，上限 50 MB）：裁判文书通常不超过 1 MB，请确认选择了正确的文件。`,
      });
      continue;
    }
    try {
      encoded.push({ name, dataBase64: await toBase64(file) });
    } catch (e) {
      failures.push({ name, message: `文件“${name}”无法读取：${String(e)}` });
    }
  }
  return { encoded, failures };
}

/** Saves a base64 file the service produced (the list template) through the browser's download. */
export function downloadBase64(name: string, dataBase64: string, type: string): void {
  const bytes = Uint8Array.from(atob(dataBase64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}
