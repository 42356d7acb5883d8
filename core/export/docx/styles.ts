import {
  AlignmentType,
  convertMillimetersToTwip,
  Footer,
  PageNumber,
  Paragraph,
  TextRun,
  type IStylesOptions,
} from 'docx';
import { PAPERS, type Paper } from '../paper';

// Word and WPS on the office's machines have 宋体/黑体; LibreOffice substitutes its own CJK faces.
const SONG = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '宋体' };
const HEI = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '黑体' };

/**
 * Real Word styles (Heading1/Heading2 with outline levels), so Word's and WPS's navigation pane
 * and the TOC field find the chapters and cases; body text in 宋体 at the paper's type size.
 */
export function docStyles(paper: Paper): IStylesOptions {
  const size = Math.round(PAPERS[paper].fontPt * 2);
  return {
    default: {
      document: { run: { font: SONG, size }, paragraph: { spacing: { line: 360 } } },
      heading1: {
        run: { font: HEI, size: size + 8, bold: true },
        paragraph: {
          alignment: AlignmentType.CENTER,
          spacing: { before: 240, after: 360 },
          keepNext: true,
          outlineLevel: 0,
        },
      },
      heading2: {
        run: { font: HEI, size: size + 4, bold: true },
        paragraph: { spacing: { before: 120, after: 240 }, keepNext: true, outlineLevel: 1 },
      },
      heading3: {
        run: { font: HEI, size: size + 1, bold: true },
        paragraph: { spacing: { before: 240, after: 120 }, keepNext: true, outlineLevel: 2 },
      },
    },
    paragraphStyles: [
      {
        id: 'TocTitle',
        name: 'TOC Title',
        basedOn: 'Normal',
        run: { font: HEI, size: size + 8, bold: true },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 240, after: 360 } },
      },
      {
        id: 'BodyText',
        name: 'Body Text',
        basedOn: 'Normal',
        quickFormat: true,
        paragraph: { alignment: AlignmentType.JUSTIFIED, spacing: { after: 80 } },
      },
      {
        id: 'Muted',
        name: 'Muted',
        basedOn: 'Normal',
        run: { size: size - 3, color: '444444' },
        paragraph: { spacing: { after: 60 } },
      },
    ],
  };
}

export function pageProperties(paper: Paper) {
  const p = PAPERS[paper];
  const [top, right, bottom, left] = p.margin;
  return {
    size: { width: convertMillimetersToTwip(p.width), height: convertMillimetersToTwip(p.height) },
    margin: {
      top: convertMillimetersToTwip(top),
      right: convertMillimetersToTwip(right),
      bottom: convertMillimetersToTwip(bottom),
      left: convertMillimetersToTwip(left),
      header: convertMillimetersToTwip(Math.max(8, top - 12)),
      footer: convertMillimetersToTwip(Math.max(8, bottom - 10)),
    },
  };
}

/** Width of the text column in twips, for tables. */
export const textWidth = (paper: Paper): number => {
  const p = PAPERS[paper];
  return convertMillimetersToTwip(p.width - p.margin[1] - p.margin[3]);
};

/** The centred 第 N 页 / 共 M 页 footer of a document that is not a casebook. */
export const pageNumberFooter = (): Footer =>
  new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({ children: ['第 ', PageNumber.CURRENT, ' 页 / 共 ', PageNumber.TOTAL_PAGES, ' 页'] }),
        ],
      }),
    ],
  });
