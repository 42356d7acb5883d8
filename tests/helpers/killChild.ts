// Child process for the kill tests: performs one operation on a real library file and says
// "ready" on stdout just before it starts, so the parent can SIGKILL it in the middle.
//   tsx tests/helpers/killChild.ts save    LIBRARY CASE_ID
//   tsx tests/helpers/killChild.ts import  LIBRARY COUNT
//   tsx tests/helpers/killChild.ts package LIBRARY PACKAGE
import { openService } from '../../core/service';
import { sampleCase } from './sampleCase';

const [op, library, arg] = process.argv.slice(2) as [string, string, string];
const service = openService(library, { platform: { userDataDir: `${library}.user-data` } });
const say = (line: string) =>
  new Promise<void>((resolve) => process.stdout.write(`${line}\n`, () => resolve()));

/** Long enough that a transaction takes a while, so kills land inside it. */
const longText = (k: number) => `第${k}份裁判文书。`.repeat(400);

if (op === 'save') {
  // Saves the same case over and over; each save is one transaction (case row, links, revision, index).
  const base = await service.call('cases.get', { id: arg });
  await say('ready');
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
  await say('ready');
  await service.call('import.commit', { drafts, onDuplicate: 'keepBoth' });
  await say('done');
} else if (op === 'package') {
  await say('ready');
  await service.call('packages.import', { path: arg, trustSigner: true });
  await say('done');
}
service.close();
