import type { exportContract } from '../contract/export';
import type { AreaFactory } from './handlers';

// Handlers of this area are added by the issue that builds it.
export const exportHandlers: AreaFactory<typeof exportContract> = () => ({});
