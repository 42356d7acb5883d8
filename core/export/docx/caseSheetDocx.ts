import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { CaseRecord } from '../../../shared/case';
import type { Paper } from '../paper';
import { caseMetaTable, caseSections } from './caseBlocks';
import { docStyles, pageNumberFooter, pageProperties, textWidth } from './styles';

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
        footers: { default: pageNumberFooter() },
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
