import { AlignmentType, Document, Footer, HeadingLevel, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import type { CaseRecord } from '../../../shared/case';
import type { Paper } from '../paper';
import { caseMetaTable, caseSections } from './caseBlocks';
import { docStyles, pageProperties, textWidth } from './styles';

/** One case as a Word analysis sheet: title (Heading 1), header table, every section, optionally the note. */
export async function renderCaseSheetDocx(
  c: CaseRecord,
  options: { paper: Paper; includeFullText: boolean; note?: string },
): Promise<Buffer> {
  const document = new Document({
    title: c.title,
    creator: '案鉴',
    styles: docStyles(options.paper),
    sections: [
      {
        properties: { page: pageProperties(options.paper) },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    children: ['第 ', PageNumber.CURRENT, ' 页 / 共 ', PageNumber.TOTAL_PAGES, ' 页'],
                  }),
                ],
              }),
            ],
          }),
        },
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(c.title)] }),
          caseMetaTable(c, textWidth(options.paper)),
          ...caseSections(c, options),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
