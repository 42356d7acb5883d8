import { findAny, matchesAny } from '../text';
import type { Detector } from './hit';
import { readAmounts } from './money';

const ORGANISATION = /公司|厂|店|中心|合作社|集团|有限|企业|学校|医院|协会|商行|经营部|单位/u;

/**
 * 行政处罚法 §63: the measures that always need a hearing offered, and fines or confiscations of a
 * 较大数额. The amount is set by each province; the rule file states the thresholds it assumes and
 * the message says so, so a reviewer can hold it against the local standard.
 */
export const detectHearing: Detector<'hearing'> = (draft, detect) => {
  if (matchesAny(draft.text, detect.notice)) return [];
  const measure = findAny(draft.text, detect.measures);
  if (measure) return [{ detail: `“${draft.text.slice(measure.start, measure.end)}”`, passage: measure }];
  const party = draft.elements.find((e) => e.kind === 'party');
  const isOrg = party ? ORGANISATION.test(party.text) : false;
  const threshold = isOrg ? detect.fineThreshold.organisation : detect.fineThreshold.person;
  const big = readAmounts(draft.text).find((a) => a.yuan >= threshold);
  if (!big) return [];
  return [
    {
      detail: `${draft.text.slice(big.start, big.end)}（按${isOrg ? '单位' : '个人'} ${threshold.toLocaleString('zh-CN')} 元以上为较大数额计，请以本省标准核对）`,
      passage: { start: big.start, end: big.end },
    },
  ];
};
