/**
 * Pure text helpers for the annotator: the sentence a claim sits in, and how a
 * huge page's text is cut into pieces for the engine.
 */

/**
 * The sentence (at most about 300 characters) around a span of the walked text. A
 * sentence longer than that is cut at word boundaries, with an ellipsis where it was
 * cut, so a quote never starts or ends in the middle of a word.
 */
export function sentenceAround(text: string, start: number, end: number): string {
  const limit = 150;
  let from = start;
  while (from > 0 && start - from < limit && !/[.!?\n]/.test(text[from - 1]!)) from--;
  let cutBefore = false;
  if (from > 0 && !/[.!?\n]/.test(text[from - 1]!)) {
    // Stopped by the limit: move on to the next word's start.
    while (from < start && !/\s/.test(text[from]!)) from++;
    cutBefore = true;
  }
  let to = end;
  while (to < text.length && to - end < limit && !/[.!?\n]/.test(text[to]!)) to++;
  let cutAfter = false;
  if (to < text.length && !/[.!?\n]/.test(text[to]!)) {
    while (to > end && !/\s/.test(text[to - 1]!)) to--;
    cutAfter = true;
  } else if (to < text.length && text[to] !== '\n') to++;
  const sentence = text.slice(from, to).replace(/\s+/g, ' ').trim();
  return `${cutBefore ? '…' : ''}${sentence}${cutAfter ? '…' : ''}`;
}

/** Text longer than this goes to the engine in pieces (well under MAX_TEXT in lib/messaging.ts). */
export const ANALYSE_CHUNK = 1_000_000;

/**
 * Cuts `text` into pieces of at most `size` code units, preferably at a line
 * break (between blocks), else at a space, so no sentence a claim needs is split
 * unless a single paragraph is longer than `size`.
 */
export function pieces(text: string, size: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  while (text.length - start > size) {
    const limit = start + size;
    let cut = text.lastIndexOf('\n', limit);
    if (cut <= start + size / 2) cut = text.lastIndexOf(' ', limit);
    if (cut <= start + size / 2) cut = limit;
    out.push({ start, end: cut });
    start = cut;
  }
  out.push({ start, end: text.length });
  return out;
}
