import type { searchContract } from '../contract/search';
import type { AreaFactory } from './handlers';

// Handlers of this area are added by the issue that builds it.
export const searchHandlers: AreaFactory<typeof searchContract> = () => ({});
