/**
 * npm run eval -- <dir> [--labels <file>]
 *
 * Runs the engine over every article in <dir> (default labels: test/labels/seeds.json)
 * against the seeds, prints each article's result and the totals, and exits 1 unless
 * every figure is 100%. A folder with a `labels.jsonl` (the real-article corpus) is scored
 * against its own labels and the floors in tools/eval/corpus-floors.ts instead.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseHTML } from 'linkedom';
import { z } from 'zod';
import { loadSeeds } from '../data/load';
import { buildEngineIndex } from '../../lib/engine/engine-index';
import { evaluate, readLabels } from './run';
import { existsSync } from 'node:fs';
import { printCorpus } from './eval-corpus';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const USAGE = 'usage: npm run eval -- <dir> [--labels <file>]';

function fail(message: string): never {
  process.stderr.write(`eval: ${message}\n`);
  process.exit(2);
}

const Args = z.object({ dir: z.string().min(1), labels: z.string().min(1) });

function main(): void {
  let raw;
  try {
    raw = parseArgs({ allowPositionals: true, options: { labels: { type: 'string' } } });
  } catch (error) {
    fail(`${(error as Error).message}\n${USAGE}`);
  }
  const parsed = Args.safeParse({ dir: raw.positionals[0], labels: raw.values.labels ?? join(ROOT, 'test/labels/seeds.json') });
  if (!parsed.success || raw.positionals.length !== 1) fail(USAGE);
  const { dir, labels: labelsPath } = parsed.data;
  // The real-article corpus carries its own labels (labels.jsonl) and is scored against floors.
  if (raw.values.labels === undefined && existsSync(join(dir, 'labels.jsonl'))) {
    try {
      process.exitCode = printCorpus(
        dir,
        buildEngineIndex(loadSeeds(join(ROOT, 'seeds'))),
        (html) => parseHTML(html).document as unknown as Document,
      );
    } catch (error) {
      fail((error as Error).message.split('\n')[0] ?? String(error));
    }
    return;
  }

  let result;
  try {
    const index = buildEngineIndex(loadSeeds(join(ROOT, 'seeds')));
    result = evaluate(dir, readLabels(labelsPath), index, (html) => parseHTML(html).document as unknown as Document);
  } catch (error) {
    fail((error as Error).message.split('\n')[0] ?? String(error));
  }
  const pct = (v: number): string => `${v.toFixed(1)}%`;
  for (const a of result.articles) {
    const c = a.counts;
    const status = a.problems.length === 0 ? 'ok' : 'FAIL';
    process.stdout.write(
      `${status.padEnd(4)} ${a.file}: authorities ${c.authorities.truePositive}/${c.authorities.expected} (found ${c.authorities.found}), ` +
        `claims ${c.claims.truePositive}/${c.claims.expected} (found ${c.claims.found}), verdicts ${c.verdicts.correct}/${c.verdicts.scored}, ` +
        `date ${c.dates.correct}/${c.dates.scored}\n`,
    );
    for (const p of a.problems) process.stdout.write(`       ${p}\n`);
  }
  for (const u of result.unmatched) process.stdout.write(`FAIL ${u}\n`);
  process.stdout.write(`\nTotals over ${result.articles.length} articles:\n`);
  for (const [name, value] of Object.entries(result.figures)) process.stdout.write(`  ${name.padEnd(20)} ${pct(value)}\n`);
  process.stdout.write(result.perfect ? 'All figures at 100%.\n' : 'Below 100%: see above.\n');
  process.exitCode = result.perfect ? 0 : 1;
}

main();
