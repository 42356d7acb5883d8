import { describe, expect, it } from 'vitest';
import { CaseContent } from '../../shared/case';
import { generateCases } from '../../scripts/bench/corpus';

describe('benchmark corpus', () => {
  it('is the same for the same seed, valid case content, about 6,000 characters of judgment each', () => {
    const a = generateCases(5, 7);
    expect(generateCases(5, 7)).toEqual(a);
    expect(generateCases(5, 8)).not.toEqual(a);
    for (const c of a) {
      const { id, ...content } = c;
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      expect(() => CaseContent.parse(content)).not.toThrow();
      expect((c.fullText ?? '').length).toBeGreaterThan(5500);
      expect((c.fullText ?? '').length).toBeLessThan(7000);
    }
    expect(new Set(a.map((c) => c.caseNumber)).size).toBe(5);
  });
});
