import type { AnjianApi, OpInput, OpName, OpOutput, Result } from '../../../core/contract';

/** An operation that failed, with the contract's error code and a Chinese message for the user. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** The web transport: POST /api/<name> on the host that served this page. */
const httpApi: AnjianApi = {
  async call<K extends OpName>(name: K, input: OpInput<K>): Promise<OpOutput<K>> {
    let response: Response;
    try {
      response = await fetch(`./api/${name}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(input ?? {}),
      });
    } catch {
      throw new ApiError('OFFLINE', '无法连接案鉴服务，请确认它仍在运行。');
    }
    const result = (await response.json()) as Result<OpOutput<K>>;
    if (!result.ok) throw new ApiError(result.error.code, result.error.message);
    return result.value;
  },
};

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent in the browser, where the web transport is used. */
    anjian?: {
      invoke(name: string, input: unknown): Promise<Result<unknown>>;
    };
  }
}

/** The Electron transport: the preload bridge answers Results, which become values or ApiErrors here. */
const ipcApi = (bridge: NonNullable<Window['anjian']>): AnjianApi => ({
  async call<K extends OpName>(name: K, input: OpInput<K>): Promise<OpOutput<K>> {
    const result = (await bridge.invoke(name, input ?? {})) as Result<OpOutput<K>>;
    if (!result.ok) throw new ApiError(result.error.code, result.error.message);
    return result.value;
  },
});

export const api: AnjianApi = window.anjian ? ipcApi(window.anjian) : httpApi;
export const transport: 'electron' | 'web' = window.anjian ? 'electron' : 'web';
