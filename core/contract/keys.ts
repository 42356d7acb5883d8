import { z } from 'zod';
import { Empty, FilePath } from './common';
import { op } from './define';

const SigningKeyInfo = z.object({
  exists: z.boolean(),
  name: z.string().optional(),
  fingerprint: z.string().optional(),
  publicKey: z.string().optional(),
  createdAt: z.string().optional(),
});

const TrustedKey = z.object({
  publicKey: z.string(),
  fingerprint: z.string(),
  name: z.string(),
  addedAt: z.string(),
});

const PublicKeyText = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9+/]{43}=$/, '公钥应为 44 个字符的 base64 文本（案鉴“签名密钥”页面显示的公钥）');

export const keysContract = {
  'keys.info': op('本机签名密钥（法制部门发布案例包用）', Empty, SigningKeyInfo),
  'keys.create': op(
    '创建签名密钥（每台发布电脑一次）',
    z.object({ name: z.string().trim().min(1, '请填写发布单位名称').max(200) }).strict(),
    SigningKeyInfo,
  ),
  'keys.export': op(
    '把签名密钥导出到文件妥善保管（.anjian-key）：桌面版写入“另存为”所选位置；浏览器版不写入服务器，密钥随答复返回由浏览器下载',
    z.object({ path: FilePath.optional(), overwrite: z.boolean().optional() }).strict(),
    z.object({
      path: z.string().nullable(),
      /** Browser mode: the key file's text, saved by the browser as a download; never stored by the host. */
      keyFile: z.object({ name: z.string(), text: z.string() }).optional(),
    }),
  ),
  'keys.importSigning': op(
    '从保管的密钥文件恢复签名密钥（桌面版：“打开”所选文件；浏览器版：上传的文件）',
    z.object({ path: FilePath }).strict(),
    SigningKeyInfo,
  ),
  'keys.list': op('受信任的签名者', Empty, z.array(TrustedKey)),
  'keys.trust': op(
    '信任一个签名者的公钥',
    z.object({ publicKey: PublicKeyText, name: z.string().trim().min(1).max(200) }).strict(),
    TrustedKey,
  ),
  'keys.untrust': op(
    '不再信任一个签名者',
    z.object({ fingerprint: z.string().min(1).max(100) }).strict(),
    z.object({ removed: z.boolean() }),
  ),
} as const;
