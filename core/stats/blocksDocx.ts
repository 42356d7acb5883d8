import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  ImageRun,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type { Block, BlockDocument } from './blocks';
import { chartsToPngs, FILE_CHART_WIDTH } from './renderChart';

/** Fonts of Chinese official documents; Word and WPS map them to what the system has. */
const BODY_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '宋体' };
const HEADING_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '黑体' };
const CHART_DOC_WIDTH = 600;

const run = (text: string, options: { bold?: boolean; size?: number; heading?: boolean } = {}) =>
  new TextRun({
    text,
    bold: options.bold,
    size: options.size,
    color: '000000',
    font: options.heading ? HEADING_FONT : BODY_FONT,
  });

const border = { style: BorderStyle.SINGLE, size: 4, color: '555555' };
const borders = { top: border, bottom: border, left: border, right: border };

function table(block: Extract<Block, { kind: 'table' }>, size: number): Table {
  const cell = (text: string, header: boolean, i: number) =>
    new TableCell({
      borders,
      width: block.widths?.[i] ? { size: block.widths[i] ?? 0, type: WidthType.PERCENTAGE } : undefined,
      shading: header ? { type: ShadingType.CLEAR, fill: 'F2F2F2', color: 'auto' } : undefined,
      margins: { top: 40, bottom: 40, left: 80, right: 80 },
      children: [new Paragraph({ children: [run(text, { bold: header, size })] })],
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: block.headers.map((h, i) => cell(h, true, i)) }),
      ...block.rows.map((r) => new TableRow({ children: r.map((t, i) => cell(t, false, i)) })),
    ],
  });
}

function toDocx(block: Block, compact: boolean, pngs: Map<Block, Buffer>): (Paragraph | Table)[] {
  const body = compact ? 21 : 24; // half-points: 10.5 pt (五号) or 12 pt (小四)
  switch (block.kind) {
    case 'title':
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { after: 240 },
          children: [run(block.text, { bold: true, size: compact ? 36 : 44, heading: true })],
        }),
      ];
    case 'byline':
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { after: 120 },
          children: [run(block.text)],
        }),
      ];
    case 'heading':
      return [
        new Paragraph({
          heading: block.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
          spacing: { before: compact ? 160 : 320, after: compact ? 80 : 160 },
          children: [
            run(block.text, { bold: true, size: block.level === 1 ? body + 8 : body + 2, heading: true }),
          ],
        }),
      ];
    case 'para':
      return [
        new Paragraph({
          indent: block.small ? undefined : { firstLine: body * 20 },
          spacing: { after: compact ? 40 : 120, line: compact ? 300 : 360 },
          children: [run(block.text, { size: block.small ? body - 3 : body })],
        }),
      ];
    case 'chart': {
      const png = pngs.get(block) ?? Buffer.alloc(0);
      const height = Math.round((block.spec.height * CHART_DOC_WIDTH) / FILE_CHART_WIDTH);
      const image: ParagraphChild = new ImageRun({
        type: 'png',
        data: png,
        transformation: { width: CHART_DOC_WIDTH, height },
        altText: { name: block.caption, description: block.caption, title: block.caption },
      });
      return [
        new Paragraph({ alignment: AlignmentType.CENTER, children: [image] }),
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { after: 200 },
          children: [run(block.caption, { size: body - 3 })],
        }),
      ];
    }
    case 'table':
      return [table(block, body - 3), new Paragraph({ spacing: { after: 120 }, children: [] })];
    case 'checks':
      return block.items.map(
        (item) =>
          new Paragraph({
            indent: { left: 420, hanging: 420 },
            spacing: { after: compact ? 40 : 80, line: compact ? 280 : 340 },
            children: [
              run('☐ ', { size: body }),
              run(item.text, { size: body }),
              run(item.refs, { size: body - 4 }),
            ],
          }),
      );
  }
}

/** Writes a block document as a .docx buffer: A4, the body in 宋体, headings in 黑体, charts as PNG. */
export async function blocksToDocx(
  doc: BlockDocument,
  options: { chromiumPath?: string } = {},
): Promise<Buffer> {
  const margin = doc.compact ? 1000 : 1440;
  const charts = doc.blocks.filter((b) => b.kind === 'chart');
  const images = await chartsToPngs(
    charts.map((b) => b.spec),
    options,
  );
  const pngs = new Map<Block, Buffer>(charts.map((b, i) => [b, images[i] ?? Buffer.alloc(0)]));
  const document = new Document({
    creator: '案鉴',
    title: doc.title,
    styles: { default: { document: { run: { font: BODY_FONT, size: doc.compact ? 21 : 24 } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: margin, bottom: margin, left: margin + 100, right: margin },
          },
        },
        children: doc.blocks.flatMap((b) => toDocx(b, doc.compact ?? false, pngs)),
      },
    ],
  });
  return Packer.toBuffer(document);
}
