import { AlignmentType, Document, Footer, HeadingLevel, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import { docStyles, pageProperties } from '../../export/docx/styles';
import { CONCLUSION_TEXT, type OpinionDoc } from './model';

const para = (text: string, options: { bold?: boolean; indent?: boolean; style?: string } = {}) =>
  new Paragraph({
    style: options.style ?? 'BodyText',
    indent: options.indent === false ? undefined : { firstLine: 480 },
    children: [new TextRun({ text, bold: options.bold })],
  });

const labelled = (label: string, value: string) =>
  new Paragraph({
    style: 'BodyText',
    children: [new TextRun({ text: `${label}：`, bold: true }), new TextRun(value || '—')],
  });

/** The 法制审核意见书 as a Word document in the library's house styles (宋体 body, 黑体 headings). */
export async function renderOpinionDocx(doc: OpinionDoc): Promise<Buffer> {
  const body: Paragraph[] = [
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('法制审核意见书')] }),
    labelled('送审文书', doc.reviewedTitle),
    labelled('文书类型', doc.docType),
    labelled('作出机关', doc.agency),
    labelled('当事人', doc.party),
    new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('一、审核意见')] }),
  ];
  if (!doc.opinions.length) body.push(para('经逐项审查，未发现需要修改的问题。'));
  for (const o of doc.opinions) {
    body.push(
      new Paragraph({
        style: 'BodyText',
        indent: { firstLine: 480 },
        children: [
          new TextRun({ text: `（${o.number}）`, bold: true }),
          new TextRun({ text: `［${o.severityLabel}］`, bold: true }),
          new TextRun(o.message),
        ],
      }),
      para(`依据：${o.statute}`, { style: 'Muted' }),
    );
    if (o.passage) body.push(para(`所涉原文：“${o.passage}”`, { style: 'Muted' }));
    for (const c of o.cases) body.push(para(`参考败诉案例：${c.title}。${c.reason}`, { style: 'Muted' }));
    if (o.casesAsIn) body.push(para(`参考败诉案例：同第（${o.casesAsIn}）项意见。`, { style: 'Muted' }));
  }
  body.push(
    new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('二、审核结论')] }),
    para(`${doc.conclusion}。${CONCLUSION_TEXT[doc.conclusion]}`, { bold: true }),
  );
  if (doc.notes) {
    body.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('三、其他意见')] }));
    for (const line of doc.notes.split(/\n+/u)) body.push(para(line));
  }
  if (doc.cited.length) {
    body.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_2,
        children: [new TextRun(`${doc.notes ? '四' : '三'}、引用的败诉案例`)],
      }),
      ...doc.cited.map((c, i) => para(`${i + 1}. ${c.title}`, { indent: false })),
    );
  }
  body.push(
    new Paragraph({
      spacing: { before: 600 },
      alignment: AlignmentType.RIGHT,
      children: [new TextRun(`审核人：${doc.reviewer || '　　　　　　'}`)],
    }),
    new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun(`审核日期：${doc.date}`)] }),
  );
  const document = new Document({
    title: `法制审核意见书 ${doc.reviewedTitle}`,
    creator: '案鉴',
    styles: docStyles('A4'),
    sections: [
      {
        properties: { page: pageProperties('A4') },
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
        children: body,
      },
    ],
  });
  return Packer.toBuffer(document);
}
