import type { statsContract } from '../contract/stats';
import type { AreaFactory } from './handlers';

// Handlers of this area are added by the issue that builds it.
export const statsHandlers: AreaFactory<typeof statsContract> = () => ({});
