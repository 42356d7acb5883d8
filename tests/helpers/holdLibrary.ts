// Child process for the lock test: opens a library through the service, says "opened", and keeps
// it open until it is killed.   tsx tests/helpers/holdLibrary.ts LIBRARY
import { openService } from '../../core/service';

const [library] = process.argv.slice(2) as [string];
try {
  openService(library, { platform: { userDataDir: `${library}.user-data` } });
  process.stdout.write('opened\n');
} catch (e) {
  process.stdout.write(`refused ${(e as Error).message}\n`);
  process.exit(3);
}
setInterval(() => undefined, 60_000);
