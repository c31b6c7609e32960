/**
 * npm run data:weekly -- --raw DIR [--articles ../shared/articles]
 *
 * The scheduled workflow's steps, runnable on a maintainer's machine with one command:
 * refresh the data (npm run data:refresh), run every test (npm test) and the
 * real-article evaluation (npm run eval), stopping at the first that fails. Leaves the
 * updated seeds and data-changes.md in the working tree for review, as the workflow's
 * pull request does.
 */
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { raw: { type: 'string' }, articles: { type: 'string', default: '../shared/articles' } } });
if (!values.raw) {
  console.error('data:weekly failed: --raw DIR is required (a writable copy of the raw material: cp -r ../shared/ofsted DIR)');
  process.exit(2);
}

const steps: [string, string[]][] = [
  ['refresh', ['run', '--silent', 'data:refresh', '--', '--raw', values.raw]],
  ['tests', ['test']],
  ['real-article evaluation', ['run', '--silent', 'eval', '--', values.articles ?? '../shared/articles']],
];
for (const [name, args] of steps) {
  console.log(`\n── data:weekly: ${name} (npm ${args.join(' ')})`);
  // The re-import test must read the refreshed raw folder, not the older ../shared/ofsted.
  const run = spawnSync('npm', args, { stdio: 'inherit', env: { ...process.env, OFSTED_RAW: values.raw } });
  if (run.status !== 0) {
    console.error(`data:weekly failed at the ${name} step (exit ${run.status ?? 'signal'})`);
    process.exit(1);
  }
}
console.log('\ndata:weekly: done. Review data-changes.md and the seeds diff, commit them, then npm run release.');
