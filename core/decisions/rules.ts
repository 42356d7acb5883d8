import { AppError } from '../../db/errors';
import compensation from '../../data/decision-rules/compensation.json';
import demolition from '../../data/decision-rules/demolition.json';
import enforcement from '../../data/decision-rules/enforcement.json';
import infoReply from '../../data/decision-rules/info-reply.json';
import injury from '../../data/decision-rules/injury.json';
import penalty from '../../data/decision-rules/penalty.json';
import { describeZodError } from '../service/validation';
import { RuleFile } from './ruleSchema';

// Imported rather than read from disk so that the bundler puts them inside the app; validated on first use.
const FILES: Record<string, unknown> = {
  'penalty.json': penalty,
  'info-reply.json': infoReply,
  'injury.json': injury,
  'compensation.json': compensation,
  'demolition.json': demolition,
  'enforcement.json': enforcement,
};

let loaded: RuleFile[] | undefined;

/** Every rule file, validated; a bad file is refused by name (a reviewer's typo must not pass silently). */
export function ruleFiles(): RuleFile[] {
  if (loaded) return loaded;
  loaded = Object.entries(FILES).map(([name, raw]) => parseRuleFile(name, raw));
  return loaded;
}

export function parseRuleFile(name: string, raw: unknown): RuleFile {
  const parsed = RuleFile.safeParse(raw);
  if (!parsed.success)
    throw new AppError(
      'BAD_RULES',
      `文书体检规则文件 data/decision-rules/${name} 有误：${describeZodError(parsed.error)}`,
    );
  return parsed.data;
}
