/**
 * Scores the engine's analyses against labels: authority precision and recall,
 * claim precision and recall, verdict accuracy and date accuracy.
 *
 * Claims are compared as distinct (authority, judgement, grade) triples: an article
 * that repeats a claim (a findings table row twice, a headline and its paragraph)
 * makes one claim about the record, and the labels say it once. A labelled claim's
 * verdict is right when every engine claim with that triple has that verdict (and,
 * when the label names it, was checked against that inspection).
 */
import type { Analysis } from '../../lib/engine/types';
import type { ArticleLabels } from './labels';

/** Counts for one article or a whole run. */
export interface Counts {
  authorities: { truePositive: number; found: number; expected: number };
  claims: { truePositive: number; found: number; expected: number };
  verdicts: { correct: number; scored: number };
  dates: { correct: number; scored: number };
}

/** One article's result. */
export interface ArticleScore {
  file: string;
  counts: Counts;
  /** Human-readable differences, empty when the article is perfect. */
  problems: string[];
}

const key = (c: { authority: string; judgement: string; grade: string }): string => `${c.authority} ${c.judgement} ${c.grade}`;

/** Empty counts. */
export function zero(): Counts {
  return {
    authorities: { truePositive: 0, found: 0, expected: 0 },
    claims: { truePositive: 0, found: 0, expected: 0 },
    verdicts: { correct: 0, scored: 0 },
    dates: { correct: 0, scored: 0 },
  };
}

/** Adds `b` into `a`. */
export function add(a: Counts, b: Counts): Counts {
  return {
    authorities: {
      truePositive: a.authorities.truePositive + b.authorities.truePositive,
      found: a.authorities.found + b.authorities.found,
      expected: a.authorities.expected + b.authorities.expected,
    },
    claims: {
      truePositive: a.claims.truePositive + b.claims.truePositive,
      found: a.claims.found + b.claims.found,
      expected: a.claims.expected + b.claims.expected,
    },
    verdicts: { correct: a.verdicts.correct + b.verdicts.correct, scored: a.verdicts.scored + b.verdicts.scored },
    dates: { correct: a.dates.correct + b.dates.correct, scored: a.dates.scored + b.dates.scored },
  };
}

/** Scores one analysis against its labels. */
export function scoreArticle(file: string, analysis: Analysis, labels: ArticleLabels): ArticleScore {
  const problems: string[] = [];
  const counts = zero();

  const found = new Set(analysis.mentions.map((m) => m.id));
  const expected = new Set(labels.authorities);
  counts.authorities = { truePositive: [...found].filter((a) => expected.has(a)).length, found: found.size, expected: expected.size };
  for (const a of found) if (!expected.has(a)) problems.push(`authority found but not labelled: ${a}`);
  for (const a of expected) if (!found.has(a)) problems.push(`authority missed: ${a}`);

  const engineKeys = new Set(analysis.claims.map(key));
  const labelKeys = new Map(labels.claims.map((c) => [key(c), c]));
  counts.claims = {
    truePositive: [...engineKeys].filter((k) => labelKeys.has(k)).length,
    found: engineKeys.size,
    expected: labelKeys.size,
  };
  for (const k of engineKeys) if (!labelKeys.has(k)) problems.push(`claim found but not labelled: ${k}`);
  for (const [k, label] of labelKeys) {
    const mine = analysis.claims.filter((c) => key(c) === k);
    if (mine.length === 0) {
      problems.push(`claim missed: ${k}`);
      continue;
    }
    counts.verdicts.scored++;
    const wrong = mine.filter(
      (c) => c.verdict !== label.verdict || (label.inspection !== undefined && (c.inspection?.published ?? null) !== label.inspection),
    );
    if (wrong.length === 0) counts.verdicts.correct++;
    else {
      const got = [...new Set(wrong.map((c) => `${c.verdict} (${c.inspection?.published ?? 'no inspection'})`))].join(', ');
      problems.push(`verdict for ${k}: expected ${label.verdict} (${label.inspection ?? 'any inspection'}), got ${got}`);
    }
  }

  if (labels.published !== undefined) {
    counts.dates.scored = 1;
    if (analysis.published.date === labels.published) counts.dates.correct = 1;
    else
      problems.push(
        `date: expected ${labels.published ?? 'none'}, got ${analysis.published.date ?? 'none'} (${analysis.published.source})`,
      );
  }
  return { file, counts, problems };
}

/** A ratio as a percentage; 100 when nothing was there to get wrong. */
export function percent(numerator: number, denominator: number): number {
  return denominator === 0 ? 100 : (100 * numerator) / denominator;
}

/** The headline figures of a run. */
export function figures(c: Counts): Record<string, number> {
  return {
    'authority precision': percent(c.authorities.truePositive, c.authorities.found),
    'authority recall': percent(c.authorities.truePositive, c.authorities.expected),
    'claim precision': percent(c.claims.truePositive, c.claims.found),
    'claim recall': percent(c.claims.truePositive, c.claims.expected),
    'verdict accuracy': percent(c.verdicts.correct, c.verdicts.scored),
    'date accuracy': percent(c.dates.correct, c.dates.scored),
  };
}
