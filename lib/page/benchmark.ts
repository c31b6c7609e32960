/**
 * The budgets' warm figures (debug pages only): the content script's per-scan work on
 * the first scanned root (walk, prefilter, ranges with their visibility check, paint;
 * the engine runs in the background) against a plain TreeWalker pass collecting the
 * same root's text, and against that walk followed by one look at every character:
 * medians of `blocks` alternating blocks of each. Built as a script of its own
 * (entrypoints/content-bench) that only pages with the debug attribute load.
 */
import type { BenchTarget } from './annotator';
import { Segments, locate } from './segments';
import { TextWalk } from './walker';
import { textVisibility } from './visibility';
import { median } from '../median';

/** The warm times, in milliseconds per scan. */
export interface WarmTimings {
  scanMs: number;
  plainWalkMs: number;
  readOnceMs: number;
  parts: Record<string, number>;
}

export type BenchmarkScan = typeof benchmarkScan;

/** Times `target`'s scan warm (see the file comment). */
export function benchmarkScan(target: BenchTarget | null, blocks: number): WarmTimings {
  const scan = target;
  if (!scan) return { scanMs: 0, plainWalkMs: 0, readOnceMs: 0, parts: {} };
  const plain = () => walkAllText(scan.root).length;
  // The plain walk, then one look at every character and nothing more: what any check of
  // the text for a name costs at the least (the budgets print it beside the plain walk).
  const readOnce = () => {
    const text = walkAllText(scan.root);
    let sum = 0;
    for (let i = 0; i < text.length; i++) sum = (sum + text.charCodeAt(i)) | 0;
    return sum;
  };
  const parts = { walk: 0, prefilter: 0, locate: 0, paint: 0 };
  const full = () => {
    let t = performance.now();
    const walk = new TextWalk(scan.root, new Segments());
    walk.step();
    const { text, segments } = walk.result();
    let now = performance.now();
    parts.walk += now - t;
    t = now;
    scan.mayMention(text);
    now = performance.now();
    parts.prefilter += now - t;
    t = now;
    let n = 0;
    const shown = textVisibility();
    for (const span of scan.spans) {
      const located = locate(segments, span.start, span.end);
      if (located && located.nodes.every(shown)) n++;
    }
    now = performance.now();
    parts.locate += now - t;
    t = now;
    scan.repaint();
    parts.paint += performance.now() - t;
    return n;
  };
  // Warm both, then size the blocks so a plain-walk block lasts about a millisecond
  // (the page's timer is coarsened to 0.1 ms).
  let t = performance.now();
  for (let i = 0; i < 10; i++) plain();
  const plainGuess = Math.max((performance.now() - t) / 10, 0.001);
  full();
  const per = Math.min(200, Math.max(1, Math.ceil(1 / plainGuess)));
  // Alternating blocks, so a busy machine slows both alike; the medians of the blocks.
  const plainTimes: number[] = [];
  const readTimes: number[] = [];
  const fullTimes: number[] = [];
  const partTimes: Record<keyof typeof parts, number[]> = { walk: [], prefilter: [], locate: [], paint: [] };
  for (let block = 0; block < blocks; block++) {
    t = performance.now();
    for (let i = 0; i < per; i++) plain();
    plainTimes.push((performance.now() - t) / per);
    t = performance.now();
    for (let i = 0; i < per; i++) readOnce();
    readTimes.push((performance.now() - t) / per);
    parts.walk = parts.prefilter = parts.locate = parts.paint = 0;
    t = performance.now();
    for (let i = 0; i < per; i++) full();
    fullTimes.push((performance.now() - t) / per);
    for (const key of Object.keys(parts) as (keyof typeof parts)[]) partTimes[key].push(parts[key] / per);
  }
  const result: Record<string, number> = {};
  for (const key of Object.keys(parts) as (keyof typeof parts)[]) result[key] = median(partTimes[key]);
  return { scanMs: median(fullTimes), plainWalkMs: median(plainTimes), readOnceMs: median(readTimes), parts: result };
}

/** The plain text walk the budgets compare against: every text node, no checks. */
export function walkAllText(root: Node): string {
  const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
  if (!doc) return '';
  const walker = doc.createTreeWalker(root, 0x4);
  const parts: string[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) parts.push((n as Text).data);
  return parts.join('');
}
