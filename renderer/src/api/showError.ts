import type { App } from 'antd';
import { ApiError } from './client';

type MessageInstance = ReturnType<typeof App.useApp>['message'];

/** The words a user sees for a failure: the service's Chinese message, or what the error says. */
export const errorText = (e: unknown): string =>
  e instanceof ApiError || e instanceof Error ? e.message : String(e);

/**
 * The one error toast of the app: `message` is App.useApp().message, `prefix` says what failed
 * (e.g. “导入失败，案例库未作改动：”).
 */
export function showError(message: MessageInstance, e: unknown, prefix = ''): void {
  void message.error(prefix + errorText(e));
}
