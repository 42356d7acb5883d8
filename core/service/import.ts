import type { importContract } from '../contract/import';
import type { AreaFactory } from './handlers';

// Handlers of this area are added by the issue that builds it.
export const importHandlers: AreaFactory<typeof importContract> = () => ({});
