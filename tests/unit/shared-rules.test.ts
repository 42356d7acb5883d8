import { describe, expect, it } from 'vitest';
import { CaseContent } from '../../shared/case';
import { CASE_NUMBER_PATTERN, caseNumberKey, isCaseNumber } from '../../shared/caseNumber';
import { caseNumberProblem, caseProblems, isSubstantive, sectionProblem } from '../../shared/caseRules';
import { partialDateProblem } from '../../shared/dates';
import { CASE_SECTIONS, REVIEWED_SECTIONS, sectionLabel } from '../../shared/sections';
import { sampleCase } from '../helpers/sampleCase';

describe('案号 form', () => {
  it('accepts the forms courts print, in any bracket style, with spaces typed in', () => {
    for (const n of [
      '（2020）京01行初123号',
      '(2019)最高法行申5275号',
      '〔2015〕浙行终字第12号',
      '【2021】粤0104行初88号',
      '（2020） 京01行初 123 号',
    ])
      expect(isCaseNumber(n), n).toBe(true);
  });

  it('refuses a number without bracketed year or without 号', () => {
    for (const n of ['2020京01行初1号', '（20）京01行初1号', '（2020）京01行初1', 'n1', '2'])
      expect(isCaseNumber(n), n).toBe(false);
  });

  it('finds the 案号 inside running text, stopping at the first 号', () => {
    expect(CASE_NUMBER_PATTERN.exec('北京市第一中级人民法院（2020）京01行初123号判决书')?.[0]).toBe(
      '（2020）京01行初123号',
    );
  });

  it('gives the same key to one 案号 written in different brackets and widths', () => {
    expect(caseNumberKey('〔２０２０〕京01行初字第123号')).toBe(caseNumberKey('(2020)京01行初123号'));
  });

  it('allows an empty 案号 and names the expected form otherwise', () => {
    expect(caseNumberProblem('')).toBeNull();
    expect(caseNumberProblem('京01行初1号')).toContain('（2020）京01行初123号');
  });
});

describe('dates', () => {
  it('accepts a year, a month or a day, and refuses a day that does not exist', () => {
    expect(partialDateProblem('2020')).toBeNull();
    expect(partialDateProblem('2020-02')).toBeNull();
    expect(partialDateProblem('2020-02-29')).toBeNull();
    expect(partialDateProblem('2021-02-29')).toBe('没有这一天');
    expect(partialDateProblem('2020/02/01')).toContain('YYYY-MM-DD');
  });

  it('is the rule the case schema applies', () => {
    expect(CaseContent.safeParse(sampleCase({ judgmentDate: '2021-02-30' })).success).toBe(false);
    expect(CaseContent.safeParse(sampleCase({ judgmentDate: '2021-02' })).success).toBe(true);
  });
});

describe('a reviewed case has every section', () => {
  it('counts only text that says something as written', () => {
    expect(isSubstantive('测试用评析。')).toBe(true);
    for (const t of ['', '   ', '……', '- ', '无', '暂无', '待补充。', 'TODO', '**略**'])
      expect(isSubstantive(t), t).toBe(false);
  });

  it('names every missing section of a reviewed case, in reading order', () => {
    const problems = caseProblems(
      CaseContent.parse(sampleCase({ issues: '', analysis: '……', caseNumber: 'x' })),
    );
    expect(problems.map((p) => p.field)).toEqual(['caseNumber', 'issues', 'analysis']);
    expect(problems[1]!.message).toBe('标为“已审核”前须填写争议焦点');
    expect(problems[2]!.message).toContain('须写明评析');
  });

  it('lets a draft leave sections empty', () => {
    const draft = CaseContent.parse(sampleCase({ status: 'draft', summary: '', issues: '', lessons: '' }));
    expect(caseProblems(draft)).toEqual([]);
    expect(sectionProblem('评析', '', 'draft')).toBeNull();
  });

  it('requires the written sections, not the full judgment text', () => {
    expect(REVIEWED_SECTIONS.map((s) => s.field)).toEqual([
      'summary',
      'issues',
      'ruling',
      'analysis',
      'lessons',
    ]);
    expect(caseProblems(CaseContent.parse(sampleCase({ fullText: '' })))).toEqual([]);
  });
});

describe('section names', () => {
  it('labels sections and page parts in one place', () => {
    expect(CASE_SECTIONS[0]).toEqual({ field: 'summary', label: '案情简介' });
    expect(sectionLabel('lessons')).toBe('启示与建议');
    expect(sectionLabel('lossReasons')).toBe('败诉原因');
    expect(sectionLabel('unknown')).toBe('unknown');
  });
});
