/**
 * The name matcher against its peers, on the same generated texts, in one run:
 *
 * - ours: `locateNames` (lib/engine/matcher.ts), the step `analyse` runs: a RegExp over
 *   names' first words, then the trie on a short tokenised window (and, separately, the
 *   whole-text path tokenise + matchNames, the full mention stage and the content script's prefilter);
 * - regexp: one RegExp alternation of every name form, longest first, case-insensitive,
 *   between \b word boundaries (ASCII; a Unicode-aware version with lookarounds and the
 *   `u` flag is about 700 times slower in V8, so it would be an unfair peer);
 * - two Aho-Corasick packages from npm over the lower-cased text, leftmost-longest,
 *   then the same boundary check.
 *
 * Every matcher is given every written form the engine knows (nameForms: official
 * names, short names, aliases and derived council forms). Times are medians of several
 * runs; throughput is words per second. Parity compares the name spans each finds.
 *
 * Usage: npx tsx tools/bench/matcher.ts [--quick]
 */
import { AhoCorasick as MonyoneAC } from '@monyone/aho-corasick/fast';
import ModernAC from 'modern-ahocorasick';
import { loadSeeds } from '../data/load';
import { buildTrie, locateNames, matchNames } from '../../lib/engine/matcher';
import { scanMentions } from '../../lib/engine/mentions';
import { nameForms } from '../../lib/engine/names';
import { tokenise } from '../../lib/engine/normalise';
import { buildNameMatcher } from '../../lib/engine/prefilter';
import { datasetNames } from '../../lib/data/names';
import { median } from '../../lib/median';
import { newsText, SIZES } from './text';

type Span = [number, number];
type Finder = (text: string) => Span[];

const WORD = /[\p{L}\p{N}\p{M}]/u;
const isWordAt = (text: string, i: number): boolean => i >= 0 && i < text.length && WORD.test(text[i] as string);

/** Keeps leftmost-longest, non-overlapping, word-bounded spans (what the peers lack). */
function bounded(text: string, spans: Span[]): Span[] {
  spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const out: Span[] = [];
  let until = -1;
  for (const [s, e] of spans) {
    if (s < until) continue;
    if (isWordAt(text, s - 1) || isWordAt(text, e)) continue;
    out.push([s, e]);
    until = e;
  }
  return out;
}

export interface MatcherRow {
  words: number;
  kind: 'names' | 'none';
  /** Median milliseconds per matcher. */
  ms: Record<string, number>;
  found: Record<string, number>;
}

export interface MatcherReport {
  rows: MatcherRow[];
  parity: string[];
  patterns: number;
}

/** Runs the matcher benchmark and returns the figures (printing as it goes). */
export function benchMatcher(quick = false, log: (line: string) => void = console.log): MatcherReport {
  const dataset = loadSeeds('seeds');
  const forms = nameForms(dataset);
  const patterns = [...new Set(forms.map((f) => f.text.toLowerCase()))];
  const built = performance.now();
  const trie = buildTrie(forms);
  const trieMs = performance.now() - built;
  const info = (id: string) => dataset.authorities.find((a) => a.id === id);
  const prefilter = buildNameMatcher(datasetNames(dataset));

  let t = performance.now();
  const escaped = [...patterns].sort((a, b) => b.length - a.length).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const regexp = new RegExp(`\\b(?:${escaped.join('|')})\\b`, 'gi');
  const regexpMs = performance.now() - t;
  t = performance.now();
  const monyone = new MonyoneAC(patterns);
  const monyoneMs = performance.now() - t;
  t = performance.now();
  const modern = new ModernAC(patterns);
  const modernMs = performance.now() - t;
  log(
    `matcher: ${patterns.length} distinct name forms; build ms: ours ${trieMs.toFixed(1)}, regexp ${regexpMs.toFixed(1)}, @monyone/aho-corasick ${monyoneMs.toFixed(1)}, modern-ahocorasick ${modernMs.toFixed(1)}`,
  );

  const finders: Record<string, Finder> = {
    ours: (text) => locateNames(text, trie).map(({ match: m }) => [m.start, m.end]),
    regexp: (text) => Array.from(text.matchAll(regexp), (m) => [m.index, m.index + m[0].length] as Span),
    '@monyone/aho-corasick': (text) => {
      const lower = text.toLowerCase();
      return bounded(
        text,
        monyone.matchInText(lower).map((m) => [m.begin, m.end]),
      );
    },
    'modern-ahocorasick': (text) => {
      const lower = text.toLowerCase();
      return bounded(
        text,
        modern.search(lower, { strategy: 'all' }).map((m) => [m.start, m.end]),
      );
    },
  };
  const extras: Record<string, (text: string) => number> = {
    'ours (tokenise + matchNames)': (text) => matchNames(text, tokenise(text, trie.words), trie).length,
    'ours (mentions)': (text) => scanMentions(text, trie, info).length,
    'ours (prefilter)': (text) => (prefilter.mayMentionAuthority(text) ? 1 : 0),
  };

  const insert = [...dataset.authorities, ...dataset.councilsNotInspected].flatMap((a) => [a.name, a.shortName]);
  const rows: MatcherRow[] = [];
  const parity: string[] = [];
  const sizes = quick ? SIZES.slice(0, 2) : SIZES;
  for (const words of sizes) {
    for (const kind of ['names', 'none'] as const) {
      const text = newsText({ words, names: kind === 'names' ? insert : [], seed: words });
      const runs = words >= 500_000 ? 3 : words >= 50_000 ? 5 : 9;
      const ms: Record<string, number> = {};
      const found: Record<string, number> = {};
      const results: Record<string, Span[]> = {};
      for (const [name, find] of Object.entries(finders)) {
        find(text); // warm up
        const times: number[] = [];
        for (let r = 0; r < runs; r++) {
          const start = performance.now();
          results[name] = find(text);
          times.push(performance.now() - start);
        }
        ms[name] = median(times);
        found[name] = results[name]!.length;
      }
      for (const [name, run] of Object.entries(extras)) {
        run(text);
        const times: number[] = [];
        for (let r = 0; r < runs; r++) {
          const start = performance.now();
          found[name] = run(text);
          times.push(performance.now() - start);
        }
        ms[name] = median(times);
      }
      rows.push({ words, kind, ms, found });
      const cells = Object.entries(ms).map(([name, v]) => `${name} ${v.toFixed(2)} ms (${found[name]})`);
      log(`  ${words} words, ${kind}: ${cells.join('; ')}`);
      if (kind === 'names') parity.push(...compare(text, results));
    }
  }
  return { rows, parity, patterns: patterns.length };
}

/** Where the peers' spans differ from ours, with a few examples. */
function compare(text: string, results: Record<string, Span[]>): string[] {
  const key = (s: Span) => `${s[0]}:${s[1]}`;
  const ours = new Set((results.ours ?? []).map(key));
  const lines: string[] = [];
  for (const [name, spans] of Object.entries(results)) {
    if (name === 'ours') continue;
    const theirs = new Set(spans.map(key));
    const missing = [...ours].filter((k) => !theirs.has(k));
    const extra = [...theirs].filter((k) => !ours.has(k));
    const show = (k: string) => {
      const [s, e] = k.split(':').map(Number) as [number, number];
      return JSON.stringify(text.slice(Math.max(0, s - 12), e + 12));
    };
    lines.push(
      `${name} vs ours on ${text.length} chars: ${missing.length === 0 && extra.length === 0 ? 'same spans' : `${missing.length} only ours, ${extra.length} only theirs`}` +
        (missing.length ? `; e.g. only ours ${missing.slice(0, 2).map(show).join(', ')}` : '') +
        (extra.length ? `; e.g. only theirs ${extra.slice(0, 3).map(show).join(', ')}` : ''),
    );
  }
  return lines;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const report = benchMatcher(process.argv.includes('--quick'));
  for (const line of report.parity) console.log(line);
}
