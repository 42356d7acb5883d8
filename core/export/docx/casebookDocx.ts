import {
  AlignmentType,
  Bookmark,
  Document,
  Footer,
  Header,
  HeadingLevel,
  InternalHyperlink,
  NumberFormat,
  Packer,
  PageNumber,
  Paragraph,
  SectionType,
  TableOfContents,
  TextRun,
  type ISectionOptions,
} from 'docx';
import { estimatePageNumbersWith } from 'docx/layout';
import {
  numberChapters,
  provisionIndex,
  reasonIndex,
  type CasebookDoc,
  type NumberedChapter,
} from '../casebook';
import { formatChineseDate, numberToChinese } from '../text';
import { caseMetaTable, caseSections } from './caseBlocks';
import { markdownToParagraphs } from './markdownDocx';
import { docStyles, pageProperties, textWidth } from './styles';

/** Up to this many cases the .docx 目录 is written with page numbers. */
export const ESTIMATE_MAX_CASES = 60;

const pageNumberFooter = () =>
  new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT] })],
      }),
    ],
  });

const runningHeader = (left: string, right: string, width: number) =>
  new Header({
    children: [
      new Paragraph({
        style: 'Muted',
        tabStops: [{ type: 'right', position: width }],
        border: { bottom: { style: 'single', size: 4, color: '555555', space: 2 } },
        children: [new TextRun(left), new TextRun(`\t${right}`)],
      }),
    ],
  });

function coverSection(doc: CasebookDoc): ISectionOptions {
  const line = (text: string, size: number, bold = false, before = 0) =>
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before },
      children: [new TextRun({ text, size, bold })],
    });
  return {
    properties: { page: pageProperties(doc.options.paper) },
    children: [
      line(doc.title, 52, true, 3600),
      ...(doc.subtitle ? [line(doc.subtitle, 30, false, 400)] : []),
      ...(doc.issuer ? [line(doc.issuer, 30, true, 5200)] : []),
      ...(doc.issuedOn ? [line(formatChineseDate(doc.issuedOn) || doc.issuedOn, 26, false, 200)] : []),
    ],
  };
}

function chapterSection(doc: CasebookDoc, ch: NumberedChapter, first: boolean): ISectionOptions {
  const width = textWidth(doc.options.paper);
  return {
    properties: {
      type: SectionType.NEXT_PAGE,
      page: {
        ...pageProperties(doc.options.paper),
        pageNumbers: first
          ? { start: 1, formatType: NumberFormat.DECIMAL }
          : { formatType: NumberFormat.DECIMAL },
      },
    },
    headers: { default: runningHeader(doc.title, ch.heading, width) },
    footers: { default: pageNumberFooter() },
    children: [
      new Paragraph({
        heading: HeadingLevel.HEADING_1,
        children: [new Bookmark({ id: ch.anchor, children: [new TextRun(ch.heading)] })],
      }),
      new Paragraph({
        alignment: AlignmentType.CENTER,
        style: 'Muted',
        children: [new TextRun(`本章收录案例 ${ch.cases.length} 件`)],
      }),
      ...ch.cases.flatMap((c) => [
        new Paragraph({
          heading: HeadingLevel.HEADING_2,
          pageBreakBefore: true,
          children: [new Bookmark({ id: c.anchor, children: [new TextRun(c.heading)] })],
        }),
        caseMetaTable(c.record, width),
        ...caseSections(c.record, { includeFullText: doc.options.includeFullText }),
      ]),
    ],
  };
}

function indexSection(doc: CasebookDoc, chapters: NumberedChapter[]): ISectionOptions | undefined {
  const children: Paragraph[] = [];
  const link = (anchor: string, text: string) =>
    new InternalHyperlink({ anchor, children: [new TextRun(text)] });
  const provisions = doc.options.provisionIndex ? provisionIndex(chapters) : [];
  if (provisions.length) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('法条索引')] }));
    for (const law of provisions) {
      children.push(
        new Paragraph({
          style: 'BodyText',
          keepNext: true,
          children: [new TextRun({ text: `《${law.law}》`, bold: true })],
        }),
      );
      for (const a of law.articles) {
        children.push(
          new Paragraph({
            style: 'BodyText',
            indent: { left: 420 },
            children: [
              new TextRun(`第${numberToChinese(a.article)}条：`),
              ...a.cases.flatMap((c, i) => [
                ...(i ? [new TextRun('、')] : []),
                link(c.anchor, c.label || c.record.title),
              ]),
            ],
          }),
        );
      }
    }
  }
  const reasons = doc.options.reasonIndex ? reasonIndex(chapters) : [];
  if (reasons.length) {
    children.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_1,
        pageBreakBefore: children.length > 0,
        children: [new TextRun('败诉原因索引')],
      }),
    );
    for (const r of reasons) {
      children.push(
        new Paragraph({
          style: 'BodyText',
          keepNext: true,
          children: [
            new TextRun({ text: r.name, bold: true }),
            new TextRun({ text: `（${r.article}）`, color: '444444' }),
          ],
        }),
      );
      for (const c of r.cases) {
        children.push(
          new Paragraph({ style: 'BodyText', indent: { left: 420 }, children: [link(c.anchor, c.heading)] }),
        );
      }
    }
  }
  if (!children.length) return undefined;
  return {
    properties: { type: SectionType.NEXT_PAGE, page: pageProperties(doc.options.paper) },
    headers: { default: runningHeader(doc.title, '索引', textWidth(doc.options.paper)) },
    footers: { default: pageNumberFooter() },
    children,
  };
}

/**
 * The casebook as a Word document: cover; 前言 and 目录 numbered I, II …; one section per chapter
 * (its running header names the chapter) numbered 1, 2 … from the first; the indexes. The 目录 is a
 * real TOC field over Heading 1–2 with hyperlinks, so Word and WPS can update it; chapters and
 * cases are bookmarked, and the indexes link to the cases.
 */
export async function renderCasebookDocx(
  doc: CasebookDoc,
  options: { toc?: boolean; estimatePages?: boolean } = {},
): Promise<Buffer> {
  const chapters = numberChapters(doc);
  const caseCount = chapters.reduce((n, ch) => n + ch.cases.length, 0);
  const estimate = options.toc !== false && (options.estimatePages ?? caseCount <= ESTIMATE_MAX_CASES);
  const front: ISectionOptions = {
    properties: {
      type: SectionType.NEXT_PAGE,
      page: {
        ...pageProperties(doc.options.paper),
        pageNumbers: { start: 1, formatType: NumberFormat.UPPER_ROMAN },
      },
    },
    footers: { default: pageNumberFooter() },
    children: [
      ...(doc.preface.trim()
        ? [
            new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('前言')] }),
            ...markdownToParagraphs(doc.preface),
          ]
        : []),
      // The 目录 title is styled like a heading but is not one, so the table does not list itself.
      new Paragraph({
        style: 'TocTitle',
        pageBreakBefore: doc.preface.trim() !== '',
        children: [new TextRun('目录')],
      }),
      ...(options.toc === false
        ? []
        : [new TableOfContents('目录', { hyperlink: true, headingStyleRange: '1-2' })]),
    ],
  };
  const index = indexSection(doc, chapters);
  const document = new Document({
    title: doc.title,
    creator: doc.issuer || '案鉴',
    styles: docStyles(doc.options.paper),
    // Page numbers in the 目录 are worked out by laying the pages out as Word would; that takes
    // about a second per case, so large books leave them for Word/WPS to fill in (it asks on opening).
    ...(estimate
      ? { pageNumbers: estimatePageNumbersWith({ guess: true }) }
      : { features: { updateFields: true } }),
    sections: [
      coverSection(doc),
      front,
      ...chapters.map((ch, i) => chapterSection(doc, ch, i === 0)),
      ...(index ? [index] : []),
    ],
  });
  return Packer.toBuffer(document);
}
