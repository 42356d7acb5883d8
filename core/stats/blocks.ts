import type { ChartSpec } from '../contract/stats';

/**
 * A small document model for the report and the checklists: built once from the figures, then
 * written as .docx (blocksDocx.ts) and as print HTML for PDF (blocksHtml.ts), so the two formats
 * never say different things.
 */
export type Block =
  | { kind: 'title'; text: string }
  /** A centred line under the title (issuing body, date). */
  | { kind: 'byline'; text: string }
  | { kind: 'heading'; level: 1 | 2; text: string }
  | { kind: 'para'; text: string; small?: boolean }
  | { kind: 'chart'; spec: ChartSpec; caption: string }
  | { kind: 'table'; headers: string[]; rows: string[][]; widths?: number[] }
  /** Check items with a box to tick and the numbers of their source cases. */
  | { kind: 'checks'; items: { text: string; refs: string }[] };

export interface BlockDocument {
  title: string;
  blocks: Block[];
  /** A compact layout (smaller type, tighter spacing), e.g. a one-page checklist. */
  compact?: boolean;
}
