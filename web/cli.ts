// `npm run web -- --port PORT --library FILE`: serves 案鉴 in the browser on 127.0.0.1.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openLibraryWithRecovery } from '../core/backup/recovery';
import { listBackups } from '../core/backup/store';
import { buildStarterLibrary } from '../core/library/starter';
import { chromiumPrinter } from './print';
import { startWebHost } from './server';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '5180' },
    library: { type: 'string' },
    'user-data': { type: 'string' },
  },
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port 应为 0–65535 的整数，收到：${values.port}`);
  process.exit(2);
}
const workDir = mkdtempSync(join(tmpdir(), 'anjian-web-'));
const library = resolve(values.library ?? join(workDir, 'library.sqlite'));
// A missing library with backups beside it goes to the recovery screen, not to a fresh starter library.
if (!existsSync(library) && !listBackups(library).length) {
  buildStarterLibrary(library).close();
  console.log(`created ${library} from the starter library`);
}
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// A damaged library starts in recovery mode: the renderer asks library.health and offers the backups.
const userDataDir = resolve(values['user-data'] ?? join(workDir, 'user-data'));
const service = await openLibraryWithRecovery(library, {
  platform: {
    userDataDir,
    // The browser has no dialogs: exports are downloads, reads are uploads (core/files/pathPolicy.ts).
    fileAccess: 'browser',
    chromiumPath,
    printToPdf: chromiumPrinter(chromiumPath),
  },
});
const rendererDir = resolve(
  process.env.ANJIAN_RENDERER_DIR ?? join(import.meta.dirname, '..', 'out', 'renderer'),
);
const server = await startWebHost({ service, rendererDir, port, userDataDir });
const address = server.address();
const actualPort = typeof address === 'object' && address ? address.port : port;
console.log(`listening on http://127.0.0.1:${actualPort}`);

const stop = () => {
  server.close();
  service.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
