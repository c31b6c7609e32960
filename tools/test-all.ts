/**
 * `npm test`: every check the project has, in order, stopping at none so one run
 * shows every failure, then one closing line `tests: N passed, N failed`.
 *
 * Steps: typecheck, lint, formatting (Prettier, --check), unit tests (vitest), end-to-end tests (build + real Chromium).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests?: number;
}

const reports = mkdtempSync(join(tmpdir(), 'ofsted-lens-tests-'));
let passed = 0;
let failed = 0;
let skipped = 0;
const failedSteps: string[] = [];

function run(name: string, command: string, args: string[], report?: string): void {
  console.log(`\n── ${name}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  const ok = result.status === 0;
  if (report && existsSync(report)) {
    const counts = JSON.parse(readFileSync(report, 'utf8')) as VitestJson;
    passed += counts.numPassedTests;
    failed += counts.numFailedTests;
    skipped += counts.numPendingTests ?? 0;
    // A runner that fails without a failing test (a crash, a bad import) still fails the run.
    if (!ok && counts.numFailedTests === 0) failed += 1;
  } else {
    // Steps without a test report count as one check each.
    if (ok) passed += 1;
    else failed += 1;
  }
  if (!ok) failedSteps.push(name);
}

const vitestReport = (name: string) => join(reports, `${name}.json`);

run('typecheck', 'npx', ['tsc', '--noEmit']);
run('lint', 'npx', ['eslint', '.']);
run('format', 'npx', ['prettier', '--check', '.']);
const reporters = (name: string) => ['--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport(name)}`];
run('unit', 'npx', ['vitest', 'run', ...reporters('unit')], vitestReport('unit'));
// test/e2e/run.ts builds the extension, then hands its arguments to vitest.
run('end-to-end', 'npx', ['tsx', 'test/e2e/run.ts', ...reporters('e2e')], vitestReport('e2e'));

console.log('');
if (failedSteps.length > 0) console.log(`failed steps: ${failedSteps.join(', ')}`);
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failedSteps.length > 0 ? 1 : 0);
