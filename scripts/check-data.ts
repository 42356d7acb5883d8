// Validates every starter-library case file; prints one line per problem.
import { coverageProblems, crossCheckStarterCases } from '../core/library/checkStarter';
import { readStarterCases } from '../core/library/starter';

try {
  const cases = readStarterCases();
  const problems = [...crossCheckStarterCases(cases), ...coverageProblems(cases)];
  for (const p of problems) console.log(p);
  console.log(problems.length ? `${problems.length} problem(s)` : `all ${cases.length} case files valid`);
  process.exitCode = problems.length ? 1 : 0;
} catch (e) {
  console.log((e as Error).message);
  process.exitCode = 1;
}
