import { contextBridge, ipcRenderer } from 'electron';

/**
 * The one object the renderer sees. It can only invoke `anjian:<operation>` channels; main
 * registers a handler for exactly the contract's operations and validates every input.
 */
const bridge = {
  invoke: (name: string, input: unknown): Promise<unknown> => {
    if (!/^[a-z]+\.[A-Za-z]+$/.test(name)) return Promise.reject(new Error(`bad operation name ${name}`));
    return ipcRenderer.invoke(`anjian:${name}`, input);
  },
} satisfies { invoke(name: string, input: unknown): Promise<unknown> };

contextBridge.exposeInMainWorld('anjian', bridge);
