/**
 * `npm run test:e2e`: builds the Chrome extension, then runs the end-to-end tests
 * against it in the system Chromium.
 */
import { spawnSync } from 'node:child_process';
import { ROOT, checkChromium } from './harness';

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

checkChromium();
run('npx', ['wxt', 'build']);
run('npx', ['vitest', 'run', '--config', 'test/e2e/vitest.config.ts', ...process.argv.slice(2)]);
