import { AppError } from '../../db/errors';
import { ruleFiles } from './rules';
import type { RuleFile } from './ruleSchema';
import { findAny, matchesAny } from './text';

export interface Recognised {
  file: RuleFile;
  /** The type as a reviewer names it, with the variant: 工伤认定决定书（不予认定）. */
  name: string;
  variant?: string;
  titleSpan?: { start: number; end: number };
}

/**
 * The type of the draft, from its title: the first lines are where a decision names itself
 * (行政处罚决定书, 政府信息公开申请答复书 …). When no title says it, the whole text is tried, the
 * earliest match winning, so that a draft pasted without its heading is still recognised.
 */
export function recogniseType(text: string): Recognised {
  const files = ruleFiles();
  const head = text.slice(0, 200);
  const pick = (scope: string) =>
    files
      .map((file) => ({ file, at: findAny(scope, file.titles) }))
      .filter((x): x is { file: RuleFile; at: { start: number; end: number } } => x.at !== undefined)
      .sort((a, b) => a.at.start - b.at.start)[0];
  const hit = pick(head) ?? pick(text);
  if (!hit) {
    throw new AppError(
      'UNKNOWN_DOC_TYPE',
      `未能识别文书类型：请确认文书标题。目前可体检：${files.map((f) => f.name).join('、')}。`,
    );
  }
  // The title names the variant when it can (催告书 within a 决定书 is only a reference to it).
  const title = text.slice(
    hit.at.start,
    text.indexOf('\n', hit.at.start) >= 0 ? text.indexOf('\n', hit.at.start) : undefined,
  );
  const variant =
    hit.file.variants.find((v) => matchesAny(title, v.patterns)) ??
    hit.file.variants.find((v) => matchesAny(text, v.patterns));
  return {
    file: hit.file,
    name: variant ? (variant.typeName ?? `${hit.file.name}（${variant.label}）`) : hit.file.name,
    variant: variant?.name,
    titleSpan: hit.at,
  };
}
