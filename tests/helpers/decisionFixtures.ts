import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const DECISION_FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'decisions');

/** One fixture draft and what a reviewer expects 文书体检 to find in it (its .expect.json). */
export interface DecisionFixture {
  name: string;
  text: string;
  docType: string;
  variant?: string;
  /** Rule codes expected; empty for a clean draft. */
  findings: string[];
}

export function decisionFixtures(): DecisionFixture[] {
  return readdirSync(DECISION_FIXTURES)
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .map((name) => {
      const expect = JSON.parse(
        readFileSync(join(DECISION_FIXTURES, name.replace(/\.txt$/, '.expect.json')), 'utf8'),
      ) as Omit<DecisionFixture, 'name' | 'text'>;
      return { name, text: readFileSync(join(DECISION_FIXTURES, name), 'utf8'), ...expect };
    });
}
