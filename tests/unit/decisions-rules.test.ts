import { afterAll, describe, expect, it } from 'vitest';
import { addWorkingDays, isWorkingDay, workingDaysAfter } from '../../core/decisions/calendar';
import { reviewText } from '../../core/decisions/check';
import { parseYuan } from '../../core/decisions/detectors/money';
import { proposeConclusion } from '../../core/decisions/engine';
import { parseRuleFile, ruleFiles } from '../../core/decisions/rules';
import { RULE_CODES } from '../../core/decisions/ruleSchema';
import { decisionFixtures } from '../helpers/decisionFixtures';
import { DecisionElement } from '../../core/contract/decisions';

const fixtures = decisionFixtures();
/** Per rule code: expected and found (true positive), found but not expected, expected but not found. */
const tally = new Map<string, { tp: number; fp: number; fn: number }>();
const count = (code: string, key: 'tp' | 'fp' | 'fn') => {
  const t = tally.get(code) ?? { tp: 0, fp: 0, fn: 0 };
  t[key]++;
  tally.set(code, t);
};

afterAll(() => {
  const rows = [...tally.entries()].sort(([a], [b]) => a.localeCompare(b));
  const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(0)}%` : '—');
  console.log(
    [
      '文书体检 — precision / recall per rule over the fixture drafts (by draft)',
      'rule                    TP  FP  FN  precision  recall',
      ...rows.map(
        ([code, t]) =>
          `${code.padEnd(22)} ${String(t.tp).padStart(3)} ${String(t.fp).padStart(3)} ${String(t.fn).padStart(3)}  ${pct(t.tp, t.tp + t.fp).padStart(9)}  ${pct(t.tp, t.tp + t.fn).padStart(6)}`,
      ),
    ].join('\n'),
  );
});

describe('the fixture drafts', () => {
  it('cover every document type with at least three drafts, clean and defective', () => {
    const types = ['penalty', 'info-reply', 'injury', 'compensation', 'demolition', 'enforcement'];
    for (const t of types) {
      const mine = fixtures.filter((f) => f.docType === t);
      expect(mine.length, t).toBeGreaterThanOrEqual(3);
      expect(
        mine.some((f) => f.findings.length === 0),
        `${t} has a clean draft`,
      ).toBe(true);
      expect(
        mine.some((f) => f.findings.length > 0),
        `${t} has a defective draft`,
      ).toBe(true);
    }
    const seeded = new Set(fixtures.flatMap((f) => f.findings));
    for (const code of RULE_CODES) expect(seeded.has(code), `a draft seeds ${code}`).toBe(true);
  });

  for (const f of fixtures) {
    it(`${f.name}: ${f.findings.length ? f.findings.join(', ') : 'no finding'}`, () => {
      const { type, raw } = reviewText(f.text);
      expect(type.file.docType).toBe(f.docType);
      if (f.variant) expect(type.variant).toBe(f.variant);
      const found = new Set(raw.map((r) => r.code));
      for (const code of found) count(code, f.findings.includes(code) ? 'tp' : 'fp');
      for (const code of f.findings) if (!found.has(code)) count(code, 'fn');
      expect([...found].sort()).toEqual([...f.findings].sort());
      if (!f.findings.length) {
        expect(raw).toEqual([]);
        expect(proposeConclusion(raw)).toBe('同意');
      }
      for (const r of raw) {
        expect(r.message.length).toBeGreaterThan(8);
        expect(r.statute).toMatch(/《.+》/u);
        if (r.passage) expect(r.passage.end).toBeGreaterThan(r.passage.start);
      }
    });
  }
});

describe('what the findings say', () => {
  const review = (name: string) => reviewText(fixtures.find((f) => f.name === name)!.text);

  it('points at the vague basis and the wrong remedy periods where they stand', () => {
    const vague = review('penalty-02-vague-basis.txt');
    const basis = vague.raw.find((r) => r.code === 'basis-article')!;
    const text = fixtures.find((f) => f.name === 'penalty-02-vague-basis.txt')!.text;
    expect(text.slice(basis.passage!.start, basis.passage!.end)).toBe(
      '《中华人民共和国食品安全法》的有关规定',
    );

    const revoke = review('penalty-03-revoke.txt');
    const remedies = revoke.raw.filter((r) => r.code === 'remedy').map((r) => r.message);
    expect(remedies.join('\n')).toContain('“十五日内”，法定为60日');
    expect(remedies.join('\n')).toContain('“三个月内”，法定为6个月');
    expect(revoke.raw.find((r) => r.code === 'deadline')!.message).toContain('期限届满日为2024年4月7日');
    expect(proposeConclusion(revoke.raw)).toBe('不同意');
  });

  it('counts the 信息公开 reply period in working days across the National Day holiday', () => {
    const late = review('info-02-late-refusal.txt');
    expect(late.raw.find((r) => r.code === 'deadline')!.message).toContain('共25个工作日，超过20个工作日');
  });

  it('says what to check when a date it needs is missing, instead of guessing', () => {
    const bare = review('info-03-nonexistent-bare.txt');
    const deadline = bare.raw.find((r) => r.code === 'deadline')!;
    expect(deadline.severity).toBe('low');
    expect(deadline.message).toContain('请核对收到申请日期与作出日期');
  });

  it('recognises the variants of 工伤认定 and of 强制执行', () => {
    expect(review('injury-02-bare-denial.txt').type.name).toBe('工伤认定决定书（不予认定）');
    expect(review('injury-01-clean-grant.txt').type.name).toBe('工伤认定决定书（认定）');
    expect(review('enforcement-03-clean-notice.txt').type.variant).toBe('notice');
    expect(review('enforcement-03-clean-notice.txt').type.name).toBe('催告书');
    expect(review('enforcement-01-clean-decision.txt').type.variant).toBe('decision');
  });

  it('reads elements with their ranges: agency, party, basis per article, dates with roles', () => {
    const { elements } = review('penalty-01-clean.txt');
    const text = fixtures.find((f) => f.name === 'penalty-01-clean.txt')!.text;
    for (const e of elements) expect(text.slice(e.start, e.end)).toBe(e.text);
    const kinds = new Set(elements.map((e) => e.kind));
    for (const k of DecisionElement.shape.kind.options) expect(kinds.has(k), k).toBe(true);
    expect(elements.filter((e) => e.kind === 'basis').map((e) => e.value)).toContain('《食品安全法》第124条');
    const dates = elements.filter((e) => e.kind === 'date').map((e) => e.value);
    expect(dates).toContain('2024-03-12|filed');
    expect(dates.at(-1)).toBe('2024-04-25|issued');
  });

  it('refuses a text that is no decision it knows, naming the types it can check', () => {
    expect(() => reviewText('关于召开年度工作会议的通知\n各科室：……')).toThrow(
      /未能识别文书类型.*行政处罚决定书/u,
    );
  });
});

describe('rule files', () => {
  it('all load and validate, with every code of the issue present', () => {
    const codes = new Set(ruleFiles().flatMap((f) => f.rules.map((r) => r.code)));
    for (const code of RULE_CODES) expect(codes.has(code), code).toBe(true);
  });

  it('a bad rule file is refused with its name and the field', () => {
    const good = ruleFiles()[0]!;
    const bad = { ...good, rules: [{ ...good.rules[0], severity: 'urgent' }] };
    expect(() => parseRuleFile('penalty.json', bad)).toThrow(/penalty\.json.*rules\.0\.severity/u);
    const badPattern = { ...good, titles: ['(unclosed'] };
    expect(() => parseRuleFile('penalty.json', badPattern)).toThrow(/不是有效的正则表达式/u);
  });
});

describe('working days', () => {
  it('follow the State Council notices: 调休 Sundays work, holidays do not', () => {
    expect(isWorkingDay('2024-02-04')).toBe(true); // 春节调休上班（周日）
    expect(isWorkingDay('2024-02-12')).toBe(false); // 春节
    expect(isWorkingDay('2024-10-12')).toBe(true); // 国庆调休上班（周六）
    expect(isWorkingDay('2025-01-28')).toBe(false); // 除夕放假（2025年起）
    expect(isWorkingDay('2026-02-28')).toBe(true); // 春节调休上班（周六）
    expect(workingDaysAfter('2024-09-27', '2024-10-08')).toEqual({ ok: true, days: 3 });
    expect(addWorkingDays('2024-09-20', 20)).toBe('2024-10-23');
  });

  it('say clearly that a date past the table cannot be counted', () => {
    const past = workingDaysAfter('2026-12-20', '2027-01-20');
    expect(past.ok).toBe(false);
    if (!past.ok) expect(past.message).toMatch(/只覆盖2019年1月1日至2026年12月31日.*2027年1月20日不在其中/u);
  });
});

describe('amounts', () => {
  it('reads fines in digits, 万 and capital numerals', () => {
    expect(parseYuan('50000', false)).toBe(50000);
    expect(parseYuan('5', true)).toBe(50000);
    expect(parseYuan('伍万', false)).toBe(50000);
    expect(parseYuan('壹拾贰万叁仟', false)).toBe(123000);
    expect(parseYuan('15,000', false)).toBe(15000);
  });
});
