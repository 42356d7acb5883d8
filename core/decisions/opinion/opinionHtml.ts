import { embeddedFontCss } from '../../export/fonts';
import { basePrintCss } from '../../export/printCss';
import { escapeHtml } from '../../export/text';
import { CONCLUSION_TEXT, type OpinionDoc } from './model';

const OPINION_CSS = `
@page { @bottom-center { content: "第 " counter(page) " 页 / 共 " counter(pages) " 页"; font-size: 9pt; } }
h1 { letter-spacing: 0.3em; }
h2 { font-size: 1.1em; margin: 1.2em 0 0.5em; }
.opinion { margin: 0 0 0.8em; }
.opinion p { margin: 0 0 0.25em; }
.opinion .basis, .opinion .passage, .opinion .case { text-indent: 0; padding-left: 2em; font-size: 0.92em; color: #222; }
.sev { font-weight: 700; }
.conclusion { font-weight: 700; }
.sign { text-align: right; margin-top: 3em; }
.sign p { text-indent: 0; margin: 0.3em 0; }
`;

const labelled = (label: string, value: string) =>
  `<tr><th>${escapeHtml(label)}</th><td>${escapeHtml(value || '—')}</td></tr>`;

/** The same 意见书 as print HTML; Chromium prints it to PDF the way case sheets are printed. */
export function renderOpinionHtml(doc: OpinionDoc): string {
  const opinions = doc.opinions.length
    ? doc.opinions
        .map(
          (o) => `<div class="opinion">
<p><b>（${o.number}）</b><span class="sev">［${escapeHtml(o.severityLabel)}］</span>${escapeHtml(o.message)}</p>
<p class="basis">依据：${escapeHtml(o.statute)}</p>
${o.passage ? `<p class="passage">所涉原文：“${escapeHtml(o.passage)}”</p>` : ''}
${o.cases.map((c) => `<p class="case">参考败诉案例：${escapeHtml(c.title)}。${escapeHtml(c.reason)}</p>`).join('\n')}
${o.casesAsIn ? `<p class="case">参考败诉案例：同第（${o.casesAsIn}）项意见。</p>` : ''}
</div>`,
        )
        .join('\n')
    : '<p>经逐项审查，未发现需要修改的问题。</p>';
  let n = 2;
  const next = () => ['一', '二', '三', '四'][n++] ?? '';
  const notes = doc.notes
    ? `<h2>${next()}、其他意见</h2>${doc.notes
        .split(/\n+/u)
        .map((l) => `<p>${escapeHtml(l)}</p>`)
        .join('')}`
    : '';
  const cited = doc.cited.length
    ? `<h2>${next()}、引用的败诉案例</h2><ol>${doc.cited.map((c) => `<li>${escapeHtml(c.title)}</li>`).join('')}</ol>`
    : '';
  const body = `<h1>法制审核意见书</h1>
<table class="meta">${labelled('送审文书', doc.reviewedTitle)}${labelled('文书类型', doc.docType)}${labelled('作出机关', doc.agency)}${labelled('当事人', doc.party)}</table>
<h2>一、审核意见</h2>
${opinions}
<h2>二、审核结论</h2>
<p class="conclusion">${escapeHtml(doc.conclusion)}。${escapeHtml(CONCLUSION_TEXT[doc.conclusion])}</p>
${notes}
${cited}
<div class="sign"><p>审核人：${escapeHtml(doc.reviewer || '　　　　　　')}</p><p>审核日期：${escapeHtml(doc.date)}</p></div>`;
  const css = `${basePrintCss('A4')}\n${OPINION_CSS}`;
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>法制审核意见书</title>
<style>${embeddedFontCss(body + css + '0123456789第页共')}</style>
<style>${css}</style>
</head><body>
${body}
</body></html>`;
}
