import { AppError } from '../../db/errors';
import { requireCase } from '../../db/repos/cases';
import { createHighlight, deleteHighlight, listHighlights, updateHighlight } from '../../db/repos/highlights';
import { casesCitingProvision, provisionUsage } from '../../db/repos/provisions';
import { provisionCategoryCounts } from '../../db/repos/related';
import { listRecentCases, recordRecentCase } from '../../db/repos/recent';
import { formatProvision, normalizeLawName, parseProvision } from '../text/provision';
import { ok } from '../contract/common';
import type { readingContract } from '../contract/reading';
import { instanceChain } from '../library/instances';
import type { AreaFactory } from './handlers';
import { relatedCases } from './related';

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

export const readingHandlers: AreaFactory<typeof readingContract> = ({ db }) => ({
  'highlights.list': ({ caseId }) => listHighlights(db, caseId),
  'highlights.create': (input) => createHighlight(db, input),
  'highlights.update': ({ id, comment, color }) => updateHighlight(db, id, { comment, color }),
  'highlights.delete': ({ id }) => {
    deleteHighlight(db, id);
    return ok;
  },
  'cases.related': ({ id }) => relatedCases(db, id),
  'cases.instances': ({ id }) => instanceChain(db, id),
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
  'recent.cases': ({ limit }) => listRecentCases(db, limit),
  'recent.record': ({ caseId }) => {
    requireCase(db, caseId);
    recordRecentCase(db, caseId);
    return ok;
  },
});
