// Child process for the kill tests: performs one operation on a real library file and stops
// INSIDE its write transaction, so the parent's SIGKILL is known to land mid-write.
//   tsx tests/helpers/killChild.ts save    LIBRARY STOP_AT CASE_ID
//   tsx tests/helpers/killChild.ts import  LIBRARY STOP_AT COUNT
//   tsx tests/helpers/killChild.ts package LIBRARY STOP_AT PACKAGE
//
// STOP_AT picks the moment: the STOP_AT-th row the operation writes into `cases` (import,
// package) or into `case_revisions` (save, i.e. the STOP_AT-th save). A TEMP trigger — on this
// connection only, nothing is added to the file — calls a function that reports
// `mid-write <row> <inTransaction> <wal bytes>` on stdout (a synchronous write on a pipe) and then
// blocks the process for good, with the transaction open. The parent kills it there.
import { statSync, writeSync } from 'node:fs';
import { openService } from '../../core/service';
import { sampleCase } from './sampleCase';

const [op, library, stopAtArg, arg] = process.argv.slice(2) as [string, string, string, string];
const stopAt = Number(stopAtArg);
const service = openService(library, { platform: { userDataDir: `${library}.user-data` } });
const db = service.ctx.db;
const say = (line: string) => writeSync(1, `${line}\n`);
const walBytes = () => statSync(`${library}-wal`, { throwIfNoEntry: false })?.size ?? 0;

// A small page cache makes a long transaction spill its pages into the WAL before it commits,
// so the kill leaves uncommitted frames on disk that recovery must discard.
db.pragma('cache_size = 64');
let rows = 0;
db.function('kill_point', () => {
  rows += 1;
  if (rows === stopAt) {
    say(`mid-write ${rows} ${db.inTransaction} ${walBytes()}`);
    // Blocks this thread (and so the open transaction) until the parent's SIGKILL.
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
  }
  return 0;
});
const table = op === 'save' ? 'case_revisions' : 'cases';
db.exec(`CREATE TEMP TRIGGER kill_point AFTER INSERT ON main.${table} BEGIN SELECT kill_point(); END`);

/** Long enough that each row carries real pages of text and index. */
const longText = (k: number) => `第${k}份裁判文书。`.repeat(400);

if (op === 'save') {
  // Saves the same case over and over; each save is one transaction (case row, links, revision, index).
  const base = await service.call('cases.get', { id: arg });
  say(`ready ${walBytes()}`);
  for (let k = 1; ; k++) {
    await service.call('cases.save', {
      id: arg,
      case: {
        ...base,
        title: `连续保存-${k}`,
        summary: `S-${k}`,
        lossReasons: [{ code: 'procedure', ground: `G-${k}` }],
        fullText: longText(k),
      },
    });
  }
} else if (op === 'import') {
  const drafts = Array.from({ length: Number(arg) }, (_, i) => ({
    case: sampleCase({ title: `批量导入-${i}`, caseNumber: `（2023）杀${i}行初1号`, fullText: longText(i) }),
  }));
  say(`ready ${walBytes()}`);
  await service.call('import.commit', { drafts, onDuplicate: 'keepBoth' });
} else if (op === 'package') {
  say(`ready ${walBytes()}`);
  await service.call('packages.import', { path: arg, trustSigner: true });
}
// Reaching here means the operation wrote fewer rows than STOP_AT: the parent fails the test.
say('finished without reaching the stop point');
service.close();
