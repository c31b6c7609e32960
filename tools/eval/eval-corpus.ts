/**
 * Prints the real-article corpus evaluation: each article's misses, the totals, the
 * verdict confusion table and every false alarm, then checks the floors.
 */
import type { EngineIndex } from '../../lib/engine/engine-index';
import type { ParseHtml } from '../cli/inputs';
import { evaluateCorpus, type CorpusFigures } from './corpus';
import { CORPUS_FLOORS } from './corpus-floors';

const out = (line = ''): void => {
  process.stdout.write(`${line}\n`);
};

/** Runs and prints the evaluation; returns the exit code (1 below a floor). */
export function printCorpus(dir: string, index: EngineIndex, parse: ParseHtml): number {
  const { scores, figures } = evaluateCorpus(dir, index, parse);
  for (const s of scores) {
    if (s.problems.length === 0 && s.falseAlarms.length === 0) continue;
    out(
      `${s.id}: claims ${s.claims.truePositive}/${s.claims.expected} (found ${s.claims.found}), verdicts ${s.verdicts.correct}/${s.verdicts.scored}`,
    );
    for (const p of s.problems) out(`    ${p}`);
  }
  const alarms = scores.flatMap((s) => s.falseAlarms);
  out();
  out(`False alarms (red where the label is not): ${alarms.length}`);
  for (const a of alarms) out(`    ${a}`);
  const confusion: Record<string, Record<string, number>> = {};
  for (const s of scores) {
    for (const [want, row] of Object.entries(s.confusion)) {
      for (const [got, n] of Object.entries(row)) (confusion[want] ??= {})[got] = ((confusion[want] ??= {})[got] ?? 0) + n;
    }
  }
  const columns = [...new Set(Object.values(confusion).flatMap((r) => Object.keys(r)))].sort();
  out();
  out(`Verdicts, expected (rows) x found (columns), over scored claims found:`);
  out(`    ${''.padEnd(24)}${columns.map((c) => c.padStart(16)).join('')}`);
  for (const want of Object.keys(confusion).sort()) {
    out(`    ${want.padEnd(24)}${columns.map((c) => String(confusion[want]?.[c] ?? 0).padStart(16)).join('')}`);
  }
  const sum = (f: (s: (typeof scores)[number]) => number): number => scores.reduce((t, s) => t + f(s), 0);
  out();
  out(`Totals over ${scores.length} articles:`);
  const rows: [keyof CorpusFigures, string, string][] = [
    ['authorityPrecision', 'authority precision', `${sum((s) => s.authorities.claimedRight)}/${sum((s) => s.authorities.foundWithClaims)}`],
    ['authorityRecall', 'authority recall', `${sum((s) => s.authorities.truePositive)}/${sum((s) => s.authorities.expected)}`],
    ['claimPrecision', 'claim precision', `${sum((s) => s.claims.truePositive)}/${sum((s) => s.claims.found)}`],
    ['claimRecall', 'claim recall', `${sum((s) => s.claims.truePositive)}/${sum((s) => s.claims.expected)}`],
    ['verdictAccuracy', 'verdict accuracy', `${sum((s) => s.verdicts.correct)}/${sum((s) => s.verdicts.scored)}`],
  ];
  const below: string[] = [];
  for (const [key, name, count] of rows) {
    const value = figures[key];
    const floor = CORPUS_FLOORS[key];
    if (value < floor) below.push(`${name} ${value.toFixed(3)} < floor ${floor}`);
    out(`  ${name.padEnd(20)} ${value.toFixed(3)}  (${count}; floor ${floor})`);
  }
  const atQuote = `${sum((s) => s.verdictsAtQuote.correct)}/${sum((s) => s.verdictsAtQuote.scored)}`;
  out(`  (verdicts judged at each label's own sentence: ${atQuote}; see CorpusArticleScore.verdictsAtQuote)`);
  out(`  date accuracy        ${sum((s) => s.dates.correct)}/${sum((s) => s.dates.scored)}`);
  if (figures.falseAlarms > CORPUS_FLOORS.falseAlarms) below.push(`false alarms ${figures.falseAlarms} > ${CORPUS_FLOORS.falseAlarms}`);
  out(`  false alarms         ${figures.falseAlarms}  (at most ${CORPUS_FLOORS.falseAlarms})`);
  out(below.length === 0 ? 'Corpus floors: met.' : `Corpus floors: MISSED: ${below.join('; ')}`);
  return below.length === 0 ? 0 : 1;
}
