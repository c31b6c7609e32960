/**
 * The walked text's offset table (which text node each stretch of text came from) and
 * the way back from offsets in the walked text to DOM Ranges over the original text nodes.
 */

/** One text node's place in the walked text: `text.slice(start, end) === node.data`. */
export interface TextSegment {
  node: Text;
  start: number;
  end: number;
}

/**
 * The offset table of a walk: for each text node, where its text starts and ends in the
 * walked text. Kept as three parallel arrays, not an object per node: on a page of 200,000
 * text nodes the objects fed the garbage collector enough to stretch slices of the walk to
 * 66-70 ms (measured in Chromium, 3 loads); as arrays the longest was about 50 ms.
 */
export class Segments implements Iterable<TextSegment> {
  readonly nodes: Text[] = [];
  readonly starts: number[] = [];
  readonly ends: number[] = [];

  get length(): number {
    return this.nodes.length;
  }

  push(node: Text, start: number, end: number): void {
    this.nodes.push(node);
    this.starts.push(start);
    this.ends.push(end);
  }

  /** The `i`th text node's place. */
  at(i: number): TextSegment {
    return { node: this.nodes[i]!, start: this.starts[i]!, end: this.ends[i]! };
  }

  *[Symbol.iterator](): Iterator<TextSegment> {
    for (let i = 0; i < this.nodes.length; i++) yield this.at(i);
  }
}

/** The visible text of a subtree, with its offset table. */
export interface WalkedText {
  text: string;
  segments: Segments;
}

/** Index of the last segment starting at or before `offset` (segments are in text order). */
function segmentAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! <= offset) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/**
 * The Range over `start`-`end` of the walked text, with the text nodes it touches (for hit
 * testing); null when the span covers no text node (or its nodes have since left the
 * document). Offsets that fall on a block break are moved to the nearest text.
 */
export function locate(segments: Segments, start: number, end: number): { range: Range; nodes: Text[] } | null {
  if (end <= start || segments.length === 0) return null;
  const { nodes: all, starts, ends } = segments;
  let first = segmentAt(starts, start);
  let startOffset: number;
  if (first === -1 || start >= ends[first]!) {
    first += 1; // `start` is on a break: begin at the next text node.
    if (first >= all.length) return null;
    startOffset = 0;
  } else {
    startOffset = start - starts[first]!;
  }
  const last = segmentAt(starts, end - 1);
  if (last < first) return null;
  const a = all[first]!;
  const b = all[last]!;
  // An `end` on a break stops at the end of the text node before it.
  const endOffset = Math.min(end, ends[last]!) - starts[last]!;
  if (!a.isConnected || !b.isConnected) return null;
  // Text may have changed since the walk; never point past a node's end.
  if (startOffset > a.length || endOffset > b.length) return null;
  const range = a.ownerDocument.createRange();
  range.setStart(a, startOffset);
  range.setEnd(b, endOffset);
  const nodes = all.slice(first, last + 1);
  return { range, nodes };
}
