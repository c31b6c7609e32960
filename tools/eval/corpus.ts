/**
 * The real-article corpus (`../shared/articles`): its labels file read and validated,
 * each text wrapped as a web page exactly as the corpus README says, and the engine's
 * analysis scored against the hand labels. Node only.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { analyse } from '../../lib/engine/analyse';
import type { EngineIndex } from '../../lib/engine/engine-index';
import { prepareInput, type ParseHtml } from '../cli/inputs';
import type { Analysis, Claim, Verdict } from '../../lib/engine/types';

const CorpusClaim = z.object({
  council: z.string(),
  gss: z.string().nullable(),
  judgement: z.enum(['overall', 'leaders', 'help_protection', 'in_care', 'care_leavers', 'other']),
  framework_hint: z.string().nullable(),
  grade: z.enum(['outstanding', 'good', 'requires_improvement', 'inadequate', 'adequate']),
  inspection_period: z.string().nullable(),
  quote: z.string(),
  historical: z.boolean(),
  uncertain: z.boolean(),
  note: z.string().optional(),
  expected_verdict: z.enum(['matches', 'superseded', 'contradicts', 'no_record', 'not_inspected_by_ofsted']).nullable(),
  expected_inspection: z.iso.date().nullable(),
});

const CorpusArticle = z.object({
  id: z.string().regex(/^\d{3}$/),
  url: z.string(),
  published: z.iso.date().nullable(),
  published_approx: z.string().nullable(),
  councils: z.array(z.string()),
  subject_councils: z.array(z.string()),
  council_gss: z.record(z.string(), z.string().nullable()),
  claims: z.array(CorpusClaim),
  distractors: z.array(z.object({ mention: z.string(), type: z.string(), quote: z.string() }).passthrough()),
  notes: z.string(),
  uncertain: z.boolean(),
});
export type CorpusArticle = z.infer<typeof CorpusArticle>;

/** Reads `labels.jsonl`, failing with the line and field a person must fix. */
export function readCorpusLabels(dir: string): CorpusArticle[] {
  const path = join(dir, 'labels.jsonl');
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, k) => {
      const parsed = CorpusArticle.safeParse(JSON.parse(line));
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new Error(`${path} line ${k + 1}: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid label'}`);
      }
      return parsed.data;
    });
}

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** One corpus text: its address, headline (null when the corpus has none) and body. */
export interface CorpusText {
  url: string;
  title: string | null;
  body: string;
}

/** Splits an article file into its URL line, TITLE line and body (after the first blank line). */
export function readCorpusText(content: string): CorpusText {
  const lines = content.split('\n');
  const url = (lines[0] ?? '').replace(/^URL:\s*/, '').trim();
  const rawTitle = (lines[1] ?? '').replace(/^TITLE:\s*/, '').trim();
  const blank = lines.findIndex((l, k) => k >= 2 && l.trim() === '');
  const body = lines.slice(blank + 1).join('\n');
  return { url, title: rawTitle === '' || rawTitle.startsWith('(not returned by corpus') ? null : rawTitle, body };
}

/** The page the corpus README prescribes: headline in <title> and <h1>, one <p> per non-empty line, the date meta only when known. */
export function wrapAsPage(text: CorpusText, published: string | null): string {
  const title = text.title ? escapeHtml(text.title) : '';
  const meta = published ? `<meta property="article:published_time" content="${published}T09:00:00Z">` : '';
  const paragraphs = text.body
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .map((l) => `<p>${escapeHtml(l)}</p>`)
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${meta}</head>\n<body><article><h1>${title}</h1>\n${paragraphs}\n</article></body></html>`;
}

/** The engine's claim judgements as the corpus names them (SIF adoption is `other`). */
const corpusJudgement = (j: Claim['judgement']): string => (j === 'adoption' ? 'other' : j);

const keyOf = (authority: string, judgement: string, grade: string): string => `${authority} ${judgement} ${grade}`;

const RED: ReadonlySet<Verdict> = new Set(['contradicts', 'wrong_authority']);

/** One scored article. */
export interface CorpusArticleScore {
  id: string;
  authorities: { truePositive: number; found: number; expected: number; foundWithClaims: number; claimedRight: number };
  claims: { truePositive: number; found: number; expected: number };
  verdicts: { correct: number; scored: number };
  /**
   * The same, judging only the mentions in the label's own quote (where the text can be found):
   * a label covers one inspection, but the same authority, judgement and grade said of another
   * inspection elsewhere in the article (an earlier report, unlabelled) counts against `verdicts`.
   */
  verdictsAtQuote: { correct: number; scored: number };
  dates: { correct: number; scored: number };
  /** Red claims (contradicts, wrong authority) that are not labelled so. */
  falseAlarms: string[];
  /** Expected verdict -> found verdict -> count, over scored claims found. */
  confusion: Record<string, Record<string, number>>;
  problems: string[];
}

/** Analyses one corpus article as a page, with the corpus's own wrapping, and scores it. */
export function scoreCorpusArticle(
  label: CorpusArticle,
  text: CorpusText,
  index: EngineIndex,
  parse: ParseHtml,
  idOfGss: ReadonlyMap<string, string>,
): { score: CorpusArticleScore; analysis: Analysis } {
  const html = wrapAsPage(text, label.published);
  const { text: input, context } = prepareInput(html, `${label.id}.html`, parse, null);
  const analysis = analyse(input, { ...context, url: text.url }, index);
  const problems: string[] = [];
  const id = (gss: string | null | undefined): string => (gss ? (idOfGss.get(gss) ?? `gss:${gss}`) : 'unknown');

  // Authorities: recall over every labelled council (with claims or the subject); precision over the authorities given claims.
  const expected = new Set([...label.councils, ...label.subject_councils].map((c) => id(label.council_gss[c])));
  // Found: named in the text, or given claims (an authority known only from the page's own site).
  const named = new Set([...analysis.mentions.map((m) => m.id), ...analysis.claims.map((c) => c.authority)]);
  const claimed = new Set(analysis.claims.map((c) => c.authority));
  for (const a of expected) if (!named.has(a)) problems.push(`authority missed: ${a}`);
  for (const a of claimed) if (!expected.has(a)) problems.push(`claims given to an authority not labelled: ${a}`);

  const scoredLabels = label.claims.filter((c) => !c.uncertain);
  const uncertainKeys = new Set(label.claims.filter((c) => c.uncertain).map((c) => keyOf(id(c.gss), c.judgement, c.grade)));
  const labelByKey = new Map<string, (typeof scoredLabels)[number]>();
  for (const c of scoredLabels) {
    const k = keyOf(id(c.gss), c.judgement, c.grade);
    if (!labelByKey.has(k)) labelByKey.set(k, c);
  }
  const engineKey = (c: Claim): string => keyOf(c.authority, corpusJudgement(c.judgement), c.grade);
  // A claim matching only an uncertain label is neither right nor wrong.
  const engineKeys = new Set(analysis.claims.map(engineKey).filter((k) => labelByKey.has(k) || !uncertainKeys.has(k)));
  let truePositive = 0;
  for (const k of engineKeys) {
    if (labelByKey.has(k)) truePositive++;
    else problems.push(`claim found but not labelled: ${k}`);
  }
  const verdicts = { correct: 0, scored: 0 };
  const verdictsAtQuote = { correct: 0, scored: 0 };
  const confusion: Record<string, Record<string, number>> = {};
  for (const [k, c] of labelByKey) {
    const mine = analysis.claims.filter((e) => engineKey(e) === k);
    if (mine.length === 0) {
      problems.push(`claim missed: ${k} ("${c.quote.slice(0, 80)}")`);
      continue;
    }
    verdicts.scored++;
    verdictsAtQuote.scored++;
    const want = c.expected_verdict ?? 'none';
    const at = input.indexOf(c.quote);
    const quoted = at < 0 ? mine : mine.filter((e) => e.start >= at && e.end <= at + c.quote.length);
    const judged = quoted.length > 0 ? quoted : mine;
    if (judged.every((e) => e.verdict === want && (c.expected_inspection === null || e.inspection?.published === c.expected_inspection)))
      verdictsAtQuote.correct++;
    // Every mention of the claim must get the verdict (a reader sees each), checked against the labelled report.
    const wrong = mine.filter(
      (e) => e.verdict !== want || (c.expected_inspection !== null && e.inspection?.published !== c.expected_inspection),
    );
    const got = wrong[0]?.verdict ?? want;
    const row = (confusion[want] ??= {});
    row[got] = (row[got] ?? 0) + 1;
    if (wrong.length === 0) verdicts.correct++;
    else {
      const detail = [...new Set(wrong.map((e) => `${e.verdict} (${e.inspection?.published ?? 'no report'})`))].join(', ');
      problems.push(`verdict for ${k}: expected ${want} (${c.expected_inspection ?? 'no report'}), got ${detail}`);
    }
  }
  const falseAlarms: string[] = [];
  for (const e of analysis.claims) {
    if (!RED.has(e.verdict)) continue;
    const k = engineKey(e);
    const labelled = labelByKey.get(k);
    if (labelled && labelled.expected_verdict === e.verdict) continue;
    falseAlarms.push(
      `${label.id}: ${e.verdict} on ${k} "${e.text}"${labelled ? ` (expected ${labelled.expected_verdict})` : ' (not a labelled claim)'}`,
    );
  }
  const dates = { correct: 0, scored: 0 };
  if (label.published) {
    dates.scored = 1;
    if (analysis.published.date === label.published) dates.correct = 1;
    else problems.push(`date: expected ${label.published}, got ${analysis.published.date ?? 'none'} (${analysis.published.source})`);
  }
  const score: CorpusArticleScore = {
    id: label.id,
    authorities: {
      truePositive: [...expected].filter((a) => named.has(a)).length,
      found: named.size,
      expected: expected.size,
      foundWithClaims: claimed.size,
      claimedRight: [...claimed].filter((a) => expected.has(a)).length,
    },
    claims: { truePositive, found: engineKeys.size, expected: labelByKey.size },
    verdicts,
    verdictsAtQuote,
    dates,
    falseAlarms,
    confusion,
    problems,
  };
  return { score, analysis };
}

/** The totals a run reports, as fractions (0-1). */
export interface CorpusFigures {
  authorityPrecision: number;
  authorityRecall: number;
  claimPrecision: number;
  claimRecall: number;
  verdictAccuracy: number;
  falseAlarms: number;
}

const ratio = (n: number, d: number): number => (d === 0 ? 1 : n / d);

/** Adds up the articles' scores. */
export function corpusFigures(scores: readonly CorpusArticleScore[]): CorpusFigures {
  const sum = (f: (s: CorpusArticleScore) => number): number => scores.reduce((t, s) => t + f(s), 0);
  return {
    authorityPrecision: ratio(
      sum((s) => s.authorities.claimedRight),
      sum((s) => s.authorities.foundWithClaims),
    ),
    authorityRecall: ratio(
      sum((s) => s.authorities.truePositive),
      sum((s) => s.authorities.expected),
    ),
    claimPrecision: ratio(
      sum((s) => s.claims.truePositive),
      sum((s) => s.claims.found),
    ),
    claimRecall: ratio(
      sum((s) => s.claims.truePositive),
      sum((s) => s.claims.expected),
    ),
    verdictAccuracy: ratio(
      sum((s) => s.verdicts.correct),
      sum((s) => s.verdicts.scored),
    ),
    falseAlarms: sum((s) => s.falseAlarms.length),
  };
}

/** Runs the whole corpus in `dir`. */
export function evaluateCorpus(
  dir: string,
  index: EngineIndex,
  parse: ParseHtml,
): { scores: CorpusArticleScore[]; figures: CorpusFigures } {
  const idOfGss = new Map<string, string>();
  for (const a of index.authorities.values()) if (a.gss) idOfGss.set(a.gss, a.id);
  const scores = readCorpusLabels(dir).map((label) => {
    const text = readCorpusText(readFileSync(join(dir, 'articles', `${label.id}.txt`), 'utf8'));
    return scoreCorpusArticle(label, text, index, parse, idOfGss).score;
  });
  return { scores, figures: corpusFigures(scores) };
}
