import { resolve } from 'node:path';

/**
 * The files the user picked in a native dialog since the app started. On the desktop these are
 * the only paths an operation may write (save dialog) or read (open dialog): a path typed into a
 * request, or sent by a compromised renderer, was never shown to the user and is refused.
 * A save dialog that returned a path the user was asked to replace counts as that consent.
 */
export class ChosenPaths {
  private readonly saved = new Set<string>();
  private readonly opened = new Set<string>();

  addSave(path: string): void {
    this.saved.add(resolve(path));
  }

  addOpen(path: string): void {
    this.opened.add(resolve(path));
  }

  canSave(path: string): boolean {
    return this.saved.has(resolve(path));
  }

  canOpen(path: string): boolean {
    return this.opened.has(resolve(path));
  }
}
