import { z } from 'zod';
import { CaseFilters, CaseSort } from '../../db/model/filters';
import { CasebookOptions, PAPER_NAMES } from './collections';
import { CaseId, FilePath, JobId } from './common';
import { op } from './define';
import { ReportTemplate, StatsScope, WrittenFile } from './stats';

/** Where an export went. `path` may be left out: the file then goes to the exports folder of the user data. */
const Written = z.object({
  path: z.string(),
  /** File name within the exports folder, when the file is there (the web host serves it for download). */
  download: z.string().nullable(),
  pages: z.number().optional(),
});

export const exportContract = {
  'export.casebook': op(
    '把案例汇编（或选定案例）导出为 PDF 或 Word 文档',
    z
      .object({
        collectionId: z.string().min(1).optional(),
        caseIds: z.array(CaseId).min(1).optional(),
        format: z.enum(['pdf', 'docx']),
        path: FilePath.optional(),
        options: CasebookOptions.partial().optional(),
        jobId: JobId,
      })
      .strict()
      .refine((v) => Boolean(v.collectionId) !== Boolean(v.caseIds), '请指定 collectionId 或 caseIds 之一'),
    Written,
  ),
  'export.case': op(
    '把一个案例导出为分析材料（PDF 或 Word），可附上自己的笔记',
    z
      .object({
        id: CaseId,
        format: z.enum(['pdf', 'docx']),
        path: FilePath.optional(),
        includeNotes: z.boolean().default(false),
        includeFullText: z.boolean().default(false),
        paper: z.enum(PAPER_NAMES).default('A4'),
        jobId: JobId,
      })
      .strict(),
    Written,
  ),
  'export.list': op(
    '把案例列表（当前筛选或选定案例）导出为 Excel 或 CSV，含全部字段',
    z
      .object({
        caseIds: z.array(CaseId).min(1).optional(),
        query: z.object({ filters: CaseFilters.optional(), sort: CaseSort.optional() }).strict().optional(),
        format: z.enum(['xlsx', 'csv']),
        path: FilePath.optional(),
        jobId: JobId,
      })
      .strict(),
    Written.extend({ rows: z.number() }),
  ),
  'export.preview': op(
    '汇编的打印预览：与导出相同的 PDF（Base64），供逐页查看',
    z
      .object({
        collectionId: z.string().min(1),
        options: CasebookOptions.partial().optional(),
        jobId: JobId,
      })
      .strict(),
    z.object({ pdfBase64: z.string(), pages: z.number() }),
  ),
  'export.printHtml': op(
    '汇编或单个案例的打印 HTML（与 PDF 同源），供界面内打印',
    z
      .object({
        collectionId: z.string().min(1).optional(),
        caseId: CaseId.optional(),
        includeNotes: z.boolean().default(false),
      })
      .strict(),
    z.object({ html: z.string() }),
  ),
  'export.choosePath': op(
    '选择导出文件的保存位置（桌面版弹出保存对话框；浏览器版答复 null，文件存入导出文件夹供下载）',
    z
      .object({
        suggestedName: z.string().max(200).default('导出'),
        format: z.enum(['pdf', 'docx', 'xlsx', 'csv']),
      })
      .strict(),
    z.object({ path: z.string().nullable(), cancelled: z.boolean() }),
  ),
  'export.reveal': op(
    '打开本次导出的文件或其所在文件夹（仅桌面版）',
    z.object({ path: FilePath, how: z.enum(['open', 'folder']) }).strict(),
    z.object({ ok: z.literal(true) }),
  ),
  'export.report': op(
    '生成年度败诉原因分析报告（.docx 或 PDF）：统计数字、图表、分部门表格、主要败诉原因与典型案例',
    StatsScope.extend({
      template: ReportTemplate.optional(),
      format: z.enum(['docx', 'pdf']),
      path: FilePath.optional(),
      jobId: JobId,
    }).strict(),
    WrittenFile.extend({ pages: z.number().optional() }),
  ),
} as const;
