import { z } from 'zod';
import { CaseId, Empty } from './common';
import { op } from './define';

export const TagSchema = z.object({ id: z.number(), name: z.string(), color: z.string() });
const TagName = z.string().trim().min(1, '标签名称不能为空').max(40, '标签名称不能超过 40 个字');
const Color = z.string().regex(/^#[0-9a-fA-F]{6}$/, '颜色应为 #RRGGBB');
const TagId = z.number().int();

export const tagsContract = {
  'tags.list': op('全部标签及使用次数', Empty, z.array(TagSchema.extend({ count: z.number() }))),
  'tags.create': op('新建标签', z.object({ name: TagName, color: Color.optional() }).strict(), TagSchema),
  'tags.update': op(
    '重命名标签或修改颜色',
    z.object({ id: TagId, name: TagName.optional(), color: Color.optional() }).strict(),
    TagSchema,
  ),
  'tags.delete': op(
    '删除标签，答复受影响的案例数',
    z.object({ id: TagId }).strict(),
    z.object({ affected: z.number() }),
  ),
  'tags.merge': op(
    '把一个标签合并到另一个标签',
    z.object({ sourceId: TagId, targetId: TagId }).strict(),
    TagSchema,
  ),
  'tags.assign': op(
    '给案例加标签',
    z.object({ caseId: CaseId, tagId: TagId }).strict(),
    z.object({ ok: z.literal(true) }),
  ),
  'tags.unassign': op(
    '取消案例的标签',
    z.object({ caseId: CaseId, tagId: TagId }).strict(),
    z.object({ ok: z.literal(true) }),
  ),
} as const;
