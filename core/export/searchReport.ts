import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { SearchReport } from '../search/report/reportData';
import { docStyles, pageNumberFooter, pageProperties, textWidth } from './docx/styles';
import { embeddedFontCss } from './fonts';
import type { Paper } from './paper';
import { basePrintCss } from './printCss';
import { escapeHtml } from './text';

/**
 * The 类案检索报告 as Word and as print HTML, in the parts art. 8 of the SPC's 2020 guidance
 * (《关于统一法律适用加强类案检索的指导意见（试行）》) names: 检索主体、时间、平台、方法、结果，
 * 类案裁判要点，待决案件争议焦点, and whether each case is followed, considered or set aside.
 */
const GUIDANCE = '《最高人民法院关于统一法律适用加强类案检索的指导意见（试行）》';
const PAPER: Paper = 'A4';

const stamp = (d: Date) =>
  `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日 ${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;

/** The report's parts, in order, as [heading, rows of label and text]. */
function parts(r: SearchReport): { heading: string; rows: [string, string][] }[] {
  return [
    { heading: '一、检索主体', rows: [['检索人', r.subject]] },
    { heading: '二、检索时间', rows: [['时间', stamp(r.searchedAt)]] },
    { heading: '三、检索平台', rows: [['平台', r.platform]] },
    { heading: '四、检索方法', rows: r.method.map((m): [string, string] => [m.label, m.text]) },
  ];
}

const border = { style: BorderStyle.SINGLE, size: 4, color: '555555' };
const borders = { top: border, bottom: border, left: border, right: border };
const cell = (text: string, width: number, header = false) =>
  new TableCell({
    width: { size: width, type: WidthType.DXA },
    borders,
    shading: header ? { type: ShadingType.CLEAR, color: 'auto', fill: 'F2F2F2' } : undefined,
    margins: { top: 40, bottom: 40, left: 100, right: 100 },
    children: [new Paragraph({ children: [new TextRun({ text: text || '—', bold: header })] })],
  });
const table = (widths: number[], rows: string[][], headerRow: boolean, headerCol: boolean) =>
  new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    rows: rows.map(
      (row, i) =>
        new TableRow({
          tableHeader: headerRow && i === 0,
          children: row.map((t, j) =>
            cell(t, widths[j] as number, (headerRow && i === 0) || (headerCol && j === 0)),
          ),
        }),
    ),
  });
const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) =>
  new Paragraph({ heading: level, children: [new TextRun(text)] });
const body = (text: string) => new Paragraph({ style: 'BodyText', children: [new TextRun(text)] });

export async function renderSearchReportDocx(r: SearchReport): Promise<Buffer> {
  const width = textWidth(PAPER);
  const label = Math.round(width * 0.2);
  const children: (Paragraph | Table)[] = [
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      alignment: AlignmentType.CENTER,
      children: [new TextRun('类案检索报告')],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      style: 'Muted',
      children: [new TextRun(`依据${GUIDANCE}第八条制作`)],
    }),
  ];
  for (const part of parts(r)) {
    children.push(
      heading(part.heading, HeadingLevel.HEADING_2),
      table([label, width - label], part.rows, false, true),
    );
  }
  children.push(heading('五、检索结果及类案裁判要点', HeadingLevel.HEADING_2));
  if (!r.cases.length) children.push(body('未检索到完整符合检索条件的案例。'));
  r.cases.forEach((c, i) => {
    children.push(
      heading(`${i + 1}. ${c.title}`, HeadingLevel.HEADING_3),
      table(
        [label, width - label],
        [
          ['案号', c.caseNumber],
          ['审理法院', c.court],
          ['裁判日期', c.judgmentDate],
          ['裁判要点', c.points],
          ['类似之处', c.why],
        ],
        false,
        true,
      ),
    );
  });
  children.push(heading('六、待决案件的争议焦点', HeadingLevel.HEADING_2), body(r.issue));
  children.push(heading('七、类案适用意见（参照 / 参考 / 不予参考）', HeadingLevel.HEADING_2));
  const n = Math.round(width * 0.09);
  const verdict = Math.round(width * 0.13);
  const title = Math.round(width * 0.38);
  children.push(
    table(
      [n, title, verdict, width - n - title - verdict],
      [
        ['序号', '案例', '适用意见', '理由'],
        ...r.cases.map((c, i) => [String(i + 1), `${c.title}（${c.caseNumber}）`, c.verdict, c.reason]),
      ],
      true,
      false,
    ),
    body(`说明：指导性案例应当参照；其他类案可以作为参考（${GUIDANCE}第九条）。`),
  );
  const document = new Document({
    title: '类案检索报告',
    creator: '案鉴',
    styles: docStyles(PAPER),
    sections: [
      {
        properties: { page: pageProperties(PAPER) },
        footers: { default: pageNumberFooter() },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}

const CSS = `
h1 { text-align: center; font-size: 1.6em; margin-bottom: 0.2em; }
.basis { text-align: center; color: #666; font-size: 0.9em; margin-bottom: 1.2em; }
h2 { font-size: 1.15em; margin: 1.1em 0 0.4em; }
h3 { font-size: 1em; margin: 0.9em 0 0.3em; }
table { width: 100%; border-collapse: collapse; margin: 0.3em 0; }
th, td { border: 0.5pt solid #555; padding: 3pt 6pt; text-align: left; vertical-align: top; }
th { background: #f2f2f2; white-space: nowrap; }
tr { break-inside: avoid; }
`;

const rowsHtml = (rows: [string, string][]) =>
  `<table>${rows.map(([l, t]) => `<tr><th>${escapeHtml(l)}</th><td>${escapeHtml(t)}</td></tr>`).join('')}</table>`;

export function renderSearchReportHtml(r: SearchReport): string {
  const content = `<h1>类案检索报告</h1><p class="basis">依据${escapeHtml(GUIDANCE)}第八条制作</p>
${parts(r)
  .map((p) => `<h2>${escapeHtml(p.heading)}</h2>${rowsHtml(p.rows)}`)
  .join('\n')}
<h2>五、检索结果及类案裁判要点</h2>
${r.cases.length ? '' : '<p>未检索到完整符合检索条件的案例。</p>'}
${r.cases
  .map(
    (c, i) =>
      `<h3>${i + 1}. ${escapeHtml(c.title)}</h3>${rowsHtml([
        ['案号', c.caseNumber],
        ['审理法院', c.court],
        ['裁判日期', c.judgmentDate],
        ['裁判要点', c.points],
        ['类似之处', c.why],
      ])}`,
  )
  .join('\n')}
<h2>六、待决案件的争议焦点</h2><p>${escapeHtml(r.issue)}</p>
<h2>七、类案适用意见（参照 / 参考 / 不予参考）</h2>
<table><tr><th>序号</th><th>案例</th><th>适用意见</th><th>理由</th></tr>
${r.cases
  .map(
    (c, i) =>
      `<tr><td>${i + 1}</td><td>${escapeHtml(`${c.title}（${c.caseNumber}）`)}</td><td>${c.verdict}</td><td>${escapeHtml(c.reason)}</td></tr>`,
  )
  .join('\n')}</table>
<p>说明：指导性案例应当参照；其他类案可以作为参考（${escapeHtml(GUIDANCE)}第九条）。</p>`;
  const css = `${basePrintCss(PAPER)}\n${CSS}`;
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>类案检索报告</title>
<style>${embeddedFontCss(content + css + '0123456789第页共')}</style>
<style>${css}</style>
</head><body>
${content}
</body></html>`;
}
