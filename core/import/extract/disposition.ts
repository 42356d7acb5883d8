import { citedProvisions, type CitedProvision } from './provisions';
import { stripLabel, type Span } from './types';

export interface Disposition {
  disposition: string;
  dispositionSpan?: Span;
  legalBasis: string;
  legalBasisSpan?: Span;
  provisions: CitedProvision[];
  /** 判决 or 裁定, from the marker. */
  verb: string;
}

/** 判决如下：, or a bare 判决： closing the legal-basis clause (……之规定，于2003年4月21日判决：). */
const MARKER = /(判决|裁定|决定)如下\s*[:：]?|(?<=规定[^。；\n]{0,30})(判决|裁定)\s*[:：]/g;
const END = /如不服本(判决|裁定)|本(判决|裁定)为终审(判决|裁定)|^[\s\u3000]*(审\s*判\s*长|审\s*判\s*员)/m;

/**
 * The operative part (判决如下：… up to the signature or the appeal notice) and the legal-basis
 * clause just before the marker (依照……之规定). Only that clause counts as the cited statutes:
 * the reasoning quotes many others, and statute texts appended after the clerk are not citations.
 */
export function readDisposition(text: string, signatureStart: number): Disposition {
  const markers = [...text.slice(0, signatureStart).matchAll(MARKER)];
  const marker = markers[markers.length - 1];
  const result: Disposition = { disposition: '', legalBasis: '', provisions: [], verb: '' };
  if (!marker) return result;
  result.verb = (marker[1] ?? marker[2])!;
  const bodyStart = marker.index + marker[0].length;
  const rest = text.slice(bodyStart, signatureStart);
  const end = END.exec(rest);
  const raw = rest.slice(0, end ? end.index : rest.length);
  result.disposition = raw
    .split('\n')
    .map((l) => stripLabel(l).trim())
    .filter(Boolean)
    .join('\n');
  const lead = raw.length - raw.replace(/^[\s\u3000]+/, '').length;
  result.dispositionSpan = { start: bodyStart + lead, end: bodyStart + raw.trimEnd().length };

  // The clause: within the sentence that ends at the marker, from 依照 (or 依据/根据).
  const sentenceStart =
    Math.max(text.lastIndexOf('。', marker.index), text.lastIndexOf('；', marker.index)) + 1;
  const sentence = text.slice(sentenceStart, marker.index);
  let at = sentence.search(/依照/);
  if (at < 0) at = sentence.search(/依据|根据/);
  if (at >= 0) {
    let clause = sentence.slice(at);
    const ruleEnd = clause.lastIndexOf('规定');
    clause = (
      ruleEnd >= 0 ? clause.slice(0, ruleEnd + 2) : clause.replace(/[，,]\s*(本院|本庭)?\s*$/, '')
    ).trim();
    result.legalBasis = clause.replace(/[\s\u3000]+/g, '');
    result.legalBasisSpan = { start: sentenceStart + at, end: sentenceStart + at + clause.length };
    result.provisions = citedProvisions(clause);
  }
  return result;
}
