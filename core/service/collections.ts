import type { collectionsContract } from '../contract/collections';
import type { AreaFactory } from './handlers';

// Handlers of this area are added by the issue that builds it.
export const collectionsHandlers: AreaFactory<typeof collectionsContract> = () => ({});
