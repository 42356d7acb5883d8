import { describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../shared/case';
import { ENFORCEMENT_STEPS, LOSS_REASONS } from '../../shared/taxonomy';
import { normalize } from '../../shared/search/normalize';
import { parseQuery } from '../../shared/search/queryParse';
import { expandSynonyms, normalizeSynonyms } from '../../shared/search/synonyms';
import { serviceForFile, starterService } from '../helpers/tempLibrary';

/**
 * Several words narrow: the answer to a multi-word query is exactly the set of cases whose text
 * holds every word (or one of its synonyms) — checked against a plain substring scan of every
 * case of the starter library, not against the index.
 */
const QUERIES = [
  '听证 没收',
  '罚款 听证 告知',
  '补偿 评估 送达',
  '天津 工伤',
  '强制拆除 补偿',
  '信息公开 答复期限',
  '征收 补偿 评估',
  '人社局 工伤认定',
  '行政处罚 听证',
  '违反法定程序 撤销',
  '拆除 通知 公告',
  '国土资源局 土地',
  '听证 -罚款',
  '听证 OR 没收 告知',
  '"超越职权" 撤销',
];

const LOSS = new Map<string, string>(LOSS_REASONS.map((r) => [r.code, r.name]));
const STEPS = new Map<string, string>(ENFORCEMENT_STEPS.map((s) => [s.code, s.name]));

/** What search covers of a case, each part apart (a word never spans two parts). */
const partsOf = (c: CaseRecord): string[] =>
  [
    c.title,
    c.caseNumber,
    ...c.relatedCaseNumbers,
    c.defendant,
    c.court,
    c.region,
    c.category,
    c.outcome,
    c.agencyType ?? '',
    ...c.lossReasons.flatMap((r) => [LOSS.get(r.code) ?? '', r.ground]),
    ...c.enforcementSteps.map((s) => STEPS.get(s) ?? ''),
    ...c.provisions.map((p) => `${p.law}第${p.article}条`),
    c.summary,
    c.issues,
    c.ruling,
    c.analysis,
    c.lessons,
    c.fullText,
  ].flatMap((t) => normalize(t).split(/[\n ]/));

describe('several words narrow (starter library, against a substring scan)', () => {
  const lib = serviceForFile(starterService);

  it('answers every multi-word query with exactly the cases holding all its words', async () => {
    const { service } = lib;
    const { groups } = await service.call('search.synonyms', {});
    const table = normalizeSynonyms(groups);
    const browse = await service.call('search.query', { q: '', limit: 200 });
    const cases = await Promise.all(browse.hits.map((h) => service.call('cases.get', { id: h.id })));
    const texts = cases.map((c) => ({ id: c.id, parts: partsOf(c) }));
    const holds = (parts: string[], word: string, quoted: boolean) => {
      const variants = quoted ? [normalize(word)] : expandSynonyms(normalize(word), table);
      return parts.some((p) => variants.some((v) => p.includes(v)));
    };
    const mismatches: string[] = [];
    for (const q of QUERIES) {
      const parsed = parseQuery(q);
      const expected = texts
        .filter(
          (t) =>
            parsed.groups.every((g) => g.some((w) => holds(t.parts, w.text, w.quoted))) &&
            !parsed.excluded.some((w) => holds(t.parts, w.text, true)),
        )
        .map((t) => t.id)
        .sort();
      const answer = await service.call('search.query', { q, limit: 200 });
      const got = answer.hits.map((h) => h.id).sort();
      expect(answer.total, q).toBe(got.length);
      if (JSON.stringify(got) !== JSON.stringify(expected))
        mismatches.push(`${q}: expected ${expected.length}, got ${got.length}`);
      // The partial list never repeats an answer and is never counted.
      expect(
        answer.partial.filter((p) => got.includes(p.id)),
        q,
      ).toEqual([]);
    }
    expect(mismatches).toEqual([]);
  });

  it('在结果中检索 only ever shrinks the answer', async () => {
    const first = await lib.service.call('search.query', { q: '听证', limit: 200 });
    const within = await lib.service.call('search.query', { q: '听证 没收', limit: 200 });
    expect(within.total).toBeLessThanOrEqual(first.total);
    const ids = new Set(first.hits.map((h) => h.id));
    expect(within.hits.every((h) => ids.has(h.id))).toBe(true);
  });

  it('says nothing exact was found, and lists the cases holding some of the words apart', async () => {
    const answer = await lib.service.call('search.query', { q: '听证 量子纠缠' });
    expect(answer.total).toBe(0);
    expect(answer.hits).toEqual([]);
    expect(answer.partial.length).toBeGreaterThan(0);
    expect(answer.matchedBy).not.toBe('phrase');
  });
});
