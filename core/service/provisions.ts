import { AppError } from '../../db/errors';
import { casesCitingProvision, provisionUsage } from '../../db/repos/provisions';
import { provisionCategoryCounts } from '../../db/repos/related';
import type { provisionsContract } from '../contract/provisions';
import { formatProvision, normalizeLawName, parseProvision } from '../text/provision';
import type { AreaFactory } from './handlers';

/** Reads a citation in any written form; a bare law name with an article number also works. */
function readProvision(text: string): { law: string; article: number } {
  const parsed = parseProvision(text) ?? parseProvision(`${text.replace(/\s+/g, '')}`);
  if (parsed) return parsed;
  const loose = /^(.+?)\s*第?\s*(\d+)\s*条?$/.exec(text.normalize('NFKC').trim());
  if (loose?.[1] && loose[2]) return { law: normalizeLawName(loose[1]), article: Number(loose[2]) };
  throw new AppError(
    'BAD_INPUT',
    `无法识别法条“${text}”，请写成“行政处罚法第44条”或“《中华人民共和国行政处罚法》第四十四条”的形式`,
  );
}

export const provisionsHandlers: AreaFactory<typeof provisionsContract> = ({ db }) => ({
  'provisions.cases': ({ provision }) => {
    const { law, article } = readProvision(provision);
    const cases = casesCitingProvision(db, law, article);
    return {
      law,
      article,
      label: formatProvision({ law, article }),
      total: cases.length,
      byCategory: provisionCategoryCounts(db, law, article),
      cases,
    };
  },
  'provisions.list': () => provisionUsage(db).map((p) => ({ ...p, label: formatProvision(p) })),
});
