import type { PaperName } from '../contract/collections';

/** Paper sizes a casebook or a case sheet can be printed on, in millimetres, with the type size that suits each. */
export const PAPERS = {
  A4: { width: 210, height: 297, margin: [25, 22, 22, 22], fontPt: 12, label: 'A4' },
  A5: { width: 148, height: 210, margin: [18, 15, 16, 15], fontPt: 10.5, label: 'A5' },
  B5: { width: 176, height: 250, margin: [22, 18, 20, 18], fontPt: 10.5, label: 'B5' },
  // 正16开 as Chinese printers cut it.
  '16K': { width: 185, height: 260, margin: [22, 19, 20, 19], fontPt: 10.5, label: '16开' },
} as const satisfies Record<PaperName, unknown>;
export type Paper = PaperName;
