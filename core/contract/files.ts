import { z } from 'zod';
import { op } from './define';

/** The kinds of file a dialog may pick: the extension is the filter and the path policy's rule. */
export const FileKind = z.enum(['anjian', 'anjian-key', 'xlsx', 'csv', 'docx', 'pdf', 'txt']);

const Chosen = z.object({ path: z.string().nullable(), cancelled: z.boolean() });

export const filesContract = {
  'files.chooseSave': op(
    '选择保存位置（桌面版弹出“另存为”对话框，所选路径本次运行内可写；浏览器版答复 null，文件作为下载提供）',
    z.object({ suggestedName: z.string().trim().min(1).max(200), kind: FileKind }).strict(),
    Chosen,
  ),
  'files.chooseOpen': op(
    '选择要读取的文件（桌面版弹出“打开”对话框，所选文件本次运行内可读；浏览器版答复 null，请改用上传）',
    z.object({ kinds: z.array(FileKind).min(1).max(7) }).strict(),
    Chosen,
  ),
} as const;
