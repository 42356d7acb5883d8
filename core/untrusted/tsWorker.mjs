// Worker bootstrap for running from TypeScript sources (tests, `npm run web`, `npm start`):
// registers tsx in this thread, then loads the TypeScript entry named in workerData.
import { workerData } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

await tsImport(workerData.entry, import.meta.url);
