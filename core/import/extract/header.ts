import { CASE_NUMBER_PATTERN as CASE_NUMBER } from '../../../shared/caseNumber';
import type { Line, Span } from './types';

export interface Header {
  court: string;
  courtSpan?: Span;
  docType: string;
  docTypeSpan?: Span;
  caseNumber: string;
  caseNumberSpan?: Span;
  /** Index of the line after the header, where the parties begin. */
  bodyLine: number;
}

const COURT = /^(?:中华人民共和国)?([\u4e00-\u9fa5]{2,40}(?:法院|法庭))$/;
const DOC_TYPE = /^([\u4e00-\u9fa5]{0,10}(?:判决书|裁定书|决定书|调解书))$/;

const span = (line: Line): Span => ({ start: line.start, end: line.end });

/** Court, document type and 案号 from the title lines at the top of the document. */
export function readHeader(lines: Line[], text: string): Header {
  const header: Header = { court: '', docType: '', caseNumber: '', bodyLine: 0 };
  const limit = Math.min(lines.length, 40);
  for (let i = 0; i < limit; i++) {
    const line = lines[i];
    if (!line?.compact) continue;
    if (!header.court) {
      const m = COURT.exec(line.compact);
      if (m?.[1]) {
        header.court = m[1];
        header.courtSpan = span(line);
        header.bodyLine = i + 1;
        continue;
      }
    }
    if (!header.docType) {
      const m = DOC_TYPE.exec(line.compact);
      if (m?.[1]) {
        header.docType = m[1];
        header.docTypeSpan = span(line);
        header.bodyLine = i + 1;
        continue;
      }
    }
    if (!header.caseNumber) {
      const m = new RegExp(`^${CASE_NUMBER.source}$`).exec(line.compact);
      if (m) {
        header.caseNumber = line.raw.trim().replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
        header.caseNumberSpan = span(line);
        header.bodyLine = i + 1;
        break;
      }
    }
  }
  if (!header.caseNumber) {
    // Some documents run the number into another line; take the first one in the opening text.
    const head = text.slice(0, 800);
    const m = CASE_NUMBER.exec(head);
    if (m) {
      header.caseNumber = m[0];
      header.caseNumberSpan = { start: m.index, end: m.index + m[0].length };
    }
  }
  return header;
}

/** 行初 → 一审 … from the 案号's type code (also the older 行初字 and the 行赔 compensation codes). */
export function trialStageOf(caseNumber: string): string {
  const m = /行(?:赔|监|审)?(初|终|再|申|重)/.exec(caseNumber);
  switch (m?.[1]) {
    case '初':
    case '重':
      return '一审';
    case '终':
      return '二审';
    case '再':
      return '再审';
    case '申':
      return '再审审查';
    default:
      return '';
  }
}
