import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { buildEngineIndex } from '../lib/engine/engine-index';
import { loadSeeds } from '../lib/data/load';
import { readCorpusLabels, readCorpusText, scoreCorpusArticle } from '../lib/eval/corpus';
const dir = '../shared/articles';
const index = buildEngineIndex(loadSeeds(join(import.meta.dirname, '..', 'seeds')));
const idOfGss = new Map<string, string>();
for (const a of index.authorities.values()) if (a.gss) idOfGss.set(a.gss, a.id);
for (const label of readCorpusLabels(dir)) {
  const text = readCorpusText(readFileSync(join(dir, 'articles', `${label.id}.txt`), 'utf8'));
  const { score, analysis } = scoreCorpusArticle(label, text, index, (h) => parseHTML(h).document as unknown as Document, idOfGss);
  if (score.verdictsAtQuote.correct < score.verdictsAtQuote.scored) console.log(label.id, score.verdictsAtQuote, analysis.published);
}
