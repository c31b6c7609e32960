/**
 * `npm run test:e2e`: builds the Chrome and Firefox extensions, then runs the
 * end-to-end tests against them in the system Chromium and Firefox ESR.
 * One file: `npx tsx test/e2e/run.ts test/e2e/reader.e2e.ts`.
 */
import { spawnSync } from 'node:child_process';
import { ROOT, checkChromium } from '../../tools/browser/harness';

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

checkChromium();
run('npx', ['wxt', 'build']);
// The Firefox journeys (test/e2e/firefox.e2e.ts) load the Firefox build.
run('npx', ['wxt', 'build', '-b', 'firefox']);
run('npx', ['vitest', 'run', '--config', 'test/e2e/vitest.config.ts', ...process.argv.slice(2)]);
