import type { readingContract } from '../contract/reading';
import type { AreaFactory } from './handlers';

// Handlers of this area are added by the issue that builds it.
export const readingHandlers: AreaFactory<typeof readingContract> = () => ({});
