/**
 * Seeded synthetic library for benchmarks: realistic lost administrative cases with about
 * 6,000 characters of judgment text each. The same (count, seed) always gives the same cases,
 * so runs on different days and by different benchmarks (search, import, statistics) compare.
 */
import { openLibrary } from '../../db/connection';
import { CaseContent, type CaseContentInput } from '../../shared/case';
import {
  CATEGORIES,
  COURT_LEVELS,
  ENFORCEMENT_STEP_CODES,
  LOSS_REASON_CODES,
  OUTCOMES,
  TRIAL_STAGES,
} from '../../shared/taxonomy';
import { insertCase } from '../../db/repos/cases';
import type { WriteContext } from '../../db/repos/searchIndex';
import { caseIndexer } from '../../core/search/indexer';
import {
  ACTS,
  AGENCIES,
  ANALYSIS_LINES,
  COMPANY_KINDS,
  COMPANY_WORDS,
  DISTRICTS,
  GIVEN,
  LESSON_LINES,
  LOSS_REASON_TEXT,
  NARRATIVE,
  PROSE,
  REASON_PROSE,
  PROVINCES,
  STATUTES,
  SURNAMES,
  TOPICAL,
} from './corpusWords';

/** mulberry32: small, fast, good enough for test data, and identical on every platform. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)] as T;
const int = (rng: Rng, min: number, max: number) => min + Math.floor(rng() * (max - min + 1));

const CN_DIGITS = '零一二三四五六七八九';
/** 1..99 in Chinese numerals, as statutes are usually cited. */
export function toChineseNumber(n: number): string {
  if (n < 10) return CN_DIGITS[n] ?? '';
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : CN_DIGITS[tens]}十${ones ? CN_DIGITS[ones] : ''}`;
}

/** A statute citation in one of the forms courts and officers write. */
function citation(rng: Rng, law: string, article: number): string {
  switch (int(rng, 0, 3)) {
    case 0:
      return `《中华人民共和国${law}》第${toChineseNumber(article)}条`;
    case 1:
      return `《${law}》第${toChineseNumber(article)}条`;
    case 2:
      return `${law}第${article}条`;
    default:
      return `《中华人民共和国${law}》第${article}条`;
  }
}

const BRACKETS = [
  ['（', '）'],
  ['(', ')'],
  ['〔', '〕'],
] as const;

function person(rng: Rng): string {
  return pick(rng, [...SURNAMES]) + pick(rng, [...GIVEN]) + (rng() < 0.6 ? pick(rng, [...GIVEN]) : '');
}

export interface CorpusCase extends CaseContentInput {
  id: string;
}

/** One synthetic case; `index` makes ids and case numbers unique within a corpus. */
function generateCase(rng: Rng, index: number): CorpusCase {
  const province = pick(rng, PROVINCES);
  const city = pick(rng, province.cities);
  const district = pick(rng, DISTRICTS);
  const agencyDef = pick(rng, AGENCIES);
  const atCity = rng() < 0.5;
  const agency = `${province.name.replace('省', '')}${city}${atCity ? '' : district}${agencyDef.name}`;
  const category = rng() < 0.85 ? pick(rng, agencyDef.categories) : pick(rng, CATEGORIES);
  const act = pick(rng, ACTS[category] ?? ACTS['行政处罚'] ?? []);
  const plaintiff =
    rng() < 0.6
      ? person(rng)
      : `${city.replace('市', '')}${pick(rng, COMPANY_WORDS)}${pick(rng, COMPANY_KINDS)}`;
  const year = int(rng, 2012, 2024);
  const month = String(int(rng, 1, 12)).padStart(2, '0');
  const day = String(int(rng, 1, 28)).padStart(2, '0');
  const courtLevel = pick(rng, COURT_LEVELS.slice(0, 3));
  const trialStage = courtLevel === '基层' ? '一审' : pick(rng, TRIAL_STAGES);
  const court =
    courtLevel === '高级'
      ? `${province.name}高级人民法院`
      : courtLevel === '中级'
        ? `${province.name}${city}中级人民法院`
        : `${city}${district}人民法院`;
  const stageCode = trialStage === '一审' ? '行初' : trialStage === '二审' ? '行终' : '行再';
  const [open, close] = pick(rng, BRACKETS);
  const caseNumber = `${open}${year}${close}${province.abbr}${String(int(rng, 1, 19)).padStart(2, '0')}${stageCode}${index + 1}号`;
  const reasonCount = int(rng, 1, 2);
  const lossReasons = Array.from({ length: reasonCount }, () => pick(rng, LOSS_REASON_CODES))
    .filter((c, i, all) => all.indexOf(c) === i)
    .map((code) => ({ code, ground: LOSS_REASON_TEXT[code] ?? '' }));
  const statutes = Array.from({ length: int(rng, 1, 3) }, () => {
    const s = pick(rng, STATUTES);
    return { law: s.law, article: pick(rng, s.articles) };
  }).filter((p, i, all) => all.findIndex((q) => q.law === p.law && q.article === p.article) === i);
  const date = `${year}年${Number(month)}月${Number(day)}日`;
  const fill = (sentence: string) =>
    sentence
      .replaceAll('{A}', agency)
      .replaceAll('{P}', plaintiff)
      .replaceAll('{D}', date)
      .replaceAll('{L}', () => {
        const s = pick(rng, statutes);
        return citation(rng, s.law, s.article);
      });

  const fullText: string[] = [
    `${court}\n行政判决书\n${caseNumber}\n原告${plaintiff}。\n被告${agency}。`,
    `原告${plaintiff}诉被告${agency}${act.act}一案，本院于${date}立案后依法审理。`,
  ];
  // Boilerplate, then the prose of this case's kind and grounds, then fact narrative that
  // differs from case to case, until the judgment is about 6,000 characters long.
  const specific = [
    ...(TOPICAL[category] ?? []),
    ...lossReasons.map((r) => REASON_PROSE[r.code] ?? ''),
  ].filter(Boolean);
  fullText.push(PROSE.map(fill).join(''));
  let length = fullText.join('').length;
  while (length < 5800) {
    const paragraph = Array.from({ length: int(rng, 3, 6) }, () => {
      if (rng() < 0.12 && specific.length) return fill(pick(rng, specific));
      const when = `${int(rng, year - 3, year)}年${int(rng, 1, 12)}月${int(rng, 1, 28)}日`;
      return `${when}，${rng() < 0.5 ? '被告' : '原告'}${pick(rng, [person(rng), plaintiff, agency])}在${pick(rng, province.cities)}${pick(rng, DISTRICTS)}的${pick(rng, NARRATIVE.places)}${pick(rng, NARRATIVE.acts)}，涉及${pick(rng, NARRATIVE.objects)}${int(rng, 1, 30)}份，${pick(rng, NARRATIVE.results)}。`;
    }).join('');
    fullText.push(paragraph);
    length += paragraph.length;
  }
  const reasonText = lossReasons.map((r) => r.ground).join('；');
  const cited = statutes.map((s) => citation(rng, s.law, s.article)).join('、');
  return {
    id: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
    caseNumber,
    relatedCaseNumbers: [],
    title: `${plaintiff}诉${agency}${act.title}案`,
    court,
    courtLevel,
    trialStage,
    judgmentDate: `${year}-${month}-${day}`,
    region: province.name,
    defendant: agency,
    agencyType: agencyDef.type,
    category,
    outcome: pick(rng, OUTCOMES),
    lossReasons,
    enforcementSteps: [pick(rng, ENFORCEMENT_STEP_CODES)],
    provisions: statutes.map((s) => ({ law: s.law, article: s.article })),
    summary: `${plaintiff}不服${agency}${act.act}，向${court}提起行政诉讼。${fill(pick(rng, specific.length ? specific : PROSE))}法院认为${reasonText}。`,
    issues: `1. ${agency}${act.act}是否合法？\n2. 被告是否履行了法定程序？`,
    ruling: `${trialStage}：${court}判决撤销被诉行为。依据${cited}。`,
    analysis:
      [...Array.from({ length: 2 }, () => pick(rng, ANALYSIS_LINES)), ...specific.slice(0, 2).map(fill)].join(
        '\n\n',
      ) + `\n\n${reasonText}。`,
    lessons: pick(rng, LESSON_LINES),
    fullText: fullText.join('\n'),
    source: '合成测试数据',
    status: 'reviewed',
  };
}

/** `count` cases from `seed`; the same arguments always give the same cases. */
export function generateCases(count: number, seed = 42): CorpusCase[] {
  const rng = seededRandom(seed);
  return Array.from({ length: count }, (_, i) => generateCase(rng, i));
}

/** Streams cases one at a time, so 50,000 judgments need not sit in memory together. */
export function* iterateCases(count: number, seed = 42): Generator<CorpusCase> {
  const rng = seededRandom(seed);
  for (let i = 0; i < count; i++) yield generateCase(rng, i);
}

/**
 * Writes a library file holding `count` synthetic cases (through the real repositories, so every
 * derived table, including the search index, is filled as the app would fill it).
 */
export function writeCorpusLibrary(
  path: string,
  count: number,
  seed = 42,
  index: WriteContext['index'] = caseIndexer,
): void {
  const db = openLibrary(path);
  try {
    db.transaction(() => {
      for (const c of iterateCases(count, seed)) {
        const { id, ...content } = c;
        insertCase({ db, index }, id, CaseContent.parse(content), { origin: 'package' });
      }
    })();
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
}
