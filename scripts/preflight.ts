/**
 * Run first by `npm test`: checks the Debian packages the end-to-end and export tests need, so a
 * missing one is named in one line instead of failing test by test.
 */
import { execFileSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

interface Requirement {
  pkg: string;
  present: () => boolean;
}

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(command: string): boolean {
  const dirs = (process.env.PATH ?? '').split(delimiter).filter((d) => d.length > 0);
  return dirs.some((dir) => executable(join(dir, command)));
}

// Where Debian's fonts-noto-cjk puts its files; read when fc-list (package fontconfig, not always
// installed with --no-install-recommends) is absent.
const NOTO_CJK_FILES = [
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc',
];

function hasCjkFont(): boolean {
  if (!onPath('fc-list')) return NOTO_CJK_FILES.some((f) => existsSync(f));
  try {
    const out = execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
    return /Noto (Sans|Serif) CJK/i.test(out);
  } catch {
    return false;
  }
}

const requirements: Requirement[] = [
  { pkg: 'chromium', present: () => executable(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium') },
  { pkg: 'poppler-utils', present: () => onPath('pdftoppm') },
  { pkg: 'libreoffice-writer-nogui', present: () => onPath('libreoffice') || onPath('soffice') },
  { pkg: 'fonts-noto-cjk', present: hasCjkFont },
];

const missing = requirements.filter((r) => !r.present()).map((r) => r.pkg);
if (missing.length > 0) {
  const list = missing.join(' ');
  console.error(`缺少系统软件包：${missing.join('、')}（apt-get install ${list}）`);
  process.exit(1);
}
