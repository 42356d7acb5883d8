import type { packagesContract } from '../contract/packages';
import type { AreaFactory } from './handlers';

// Handlers of this area are added by the issue that builds it.
export const packagesHandlers: AreaFactory<typeof packagesContract> = () => ({});
