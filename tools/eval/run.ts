/**
 * Runs the engine over a folder of articles and scores it against a labels file.
 * Node only (reads files); used by tools/eval/eval.ts and the unit tests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyse } from '../../lib/engine/analyse';
import type { EngineIndex } from '../../lib/engine/engine-index';
import { prepareInput, type ParseHtml } from '../cli/inputs';
import { LabelsFile } from './labels';
import { add, figures, scoreArticle, zero, type ArticleScore, type Counts } from './score';

/** A whole run's result. */
export interface EvalResult {
  articles: ArticleScore[];
  totals: Counts;
  figures: Record<string, number>;
  /** Files without labels and labels without files. */
  unmatched: string[];
  /** Every figure is 100% and every file is labelled. */
  perfect: boolean;
}

/** Reads and validates a labels file, failing with a message that names the file and the field. */
export function readLabels(path: string): LabelsFile {
  const parsed = LabelsFile.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${path}: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid labels'}`);
  }
  return parsed.data;
}

/** Evaluates every .txt/.html article in `dir` against `labels`. */
export function evaluate(dir: string, labels: LabelsFile, index: EngineIndex, parse: ParseHtml): EvalResult {
  const files = readdirSync(dir)
    .filter((f) => /\.(?:txt|html?)$/i.test(f))
    .sort();
  const articles: ArticleScore[] = [];
  const unmatched: string[] = [];
  let totals = zero();
  for (const file of files) {
    const label = labels[file];
    if (!label) {
      unmatched.push(`${file}: no labels`);
      continue;
    }
    const { text, context } = prepareInput(readFileSync(join(dir, file), 'utf8'), file, parse, null);
    const score = scoreArticle(file, analyse(text, context, index), label);
    articles.push(score);
    totals = add(totals, score.counts);
  }
  for (const file of Object.keys(labels)) if (!files.includes(file)) unmatched.push(`${file}: labelled but not in ${dir}`);
  const f = figures(totals);
  return { articles, totals, figures: f, unmatched, perfect: unmatched.length === 0 && Object.values(f).every((v) => v === 100) };
}
