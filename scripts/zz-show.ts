import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { buildEngineIndex } from '../lib/engine/engine-index';
import { loadSeeds } from '../lib/data/load';
import { readCorpusLabels, readCorpusText, wrapAsPage } from '../lib/eval/corpus';
import { prepareInput } from '../lib/engine/inputs';
import { analyse } from '../lib/engine/analyse';
const ROOT = join(import.meta.dirname, '..');
const dir = '../shared/articles';
const index = buildEngineIndex(loadSeeds(join(ROOT, 'seeds')));
const labels = readCorpusLabels(dir);
for (const id of process.argv.slice(2)) {
  const label = labels.find((l) => l.id === id)!;
  const text = readCorpusText(readFileSync(join(dir, 'articles', `${id}.txt`), 'utf8'));
  const html = wrapAsPage(text, label.published);
  const { text: input, context } = prepareInput(html, `${id}.html`, (h) => parseHTML(h).document as unknown as Document, null);
  const a = analyse(input, { ...context, url: text.url }, index);
  console.log(`=== ${id} published ${label.published} approx ${label.published_approx} | engine published ${JSON.stringify(a.published)}`);
  if (process.env.TEXT) console.log(input);
  for (const c of a.claims) console.log(`  ${c.authority} ${c.judgement} ${c.grade} -> ${c.verdict} ${c.inspection?.published ?? ""} | ${JSON.stringify(input.slice(c.start, c.end)).slice(0, 100)} | ${c.explanation}`.slice(0, 400));
  console.log('  LABELS:');
  for (const c of label.claims) console.log(`  ${c.council} ${c.judgement} ${c.grade} -> ${c.expected_verdict ?? ''} | ${c.quote?.slice(0, 120)}`);
  if (label.distractors?.length) console.log('  DISTRACTORS:', JSON.stringify(label.distractors).slice(0, 600));
}
