import type { z } from 'zod';
import type { FileKind } from '../../../../core/contract/files';
import { api, transport } from '../../api/client';

type Kind = z.infer<typeof FileKind>;

/** A file the user picked to read: a path the open dialog returned (desktop) or an upload id (browser). */
export interface PickedFile {
  /** What operations take as `path`. */
  path: string;
  /** What the user sees. */
  name: string;
}

/** The browser's file picker: resolves with the chosen file, or null when the picker closes empty. */
function browserPick(accept: string): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.style.display = 'none';
    input.setAttribute('data-testid', 'file-picker');
    input.addEventListener('change', () => {
      resolve(input.files?.[0] ?? null);
      input.remove();
    });
    input.addEventListener('cancel', () => {
      resolve(null);
      input.remove();
    });
    document.body.appendChild(input);
    input.click();
  });
}

/** Sends the picked file's bytes to the host, which keeps them privately and answers an opaque id. */
async function upload(file: File): Promise<string> {
  const response = await fetch('./upload', { method: 'POST', body: file });
  const answer = (await response.json()) as
    { ok: true; value: { id: string } } | { ok: false; error: { message: string } };
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value.id;
}

/**
 * Lets the user pick a file to read: the native open dialog on the desktop (the path policy then
 * allows reading exactly that file), the browser's file picker plus an upload in the browser.
 */
export async function pickFileToRead(kinds: Kind[]): Promise<PickedFile | null> {
  if (transport === 'electron') {
    const chosen = await api.call('files.chooseOpen', { kinds });
    return chosen.path ? { path: chosen.path, name: chosen.path } : null;
  }
  const file = await browserPick(kinds.map((k) => `.${k}`).join(','));
  if (!file) return null;
  return { path: await upload(file), name: file.name };
}

/**
 * Where to save: the native save dialog on the desktop (null when cancelled); in the browser
 * undefined, the host writes the file under a generated name and offers it as a download.
 */
export async function chooseSaveTarget(
  suggestedName: string,
  kind: Kind,
): Promise<string | null | undefined> {
  if (transport !== 'electron') return undefined;
  const chosen = await api.call('files.chooseSave', { suggestedName, kind });
  return chosen.cancelled ? null : (chosen.path ?? undefined);
}

/** Saves text the host answered (the key file in the browser) as a download, never via the host's folder. */
export function downloadText(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/octet-stream' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The one-time download link of a file the host wrote into its exports folder. */
export const downloadHref = (name: string): string => `./exports/${encodeURIComponent(name)}`;
