/**
 * Maps offsets in walked text back to DOM Ranges over the original text nodes.
 */
import type { Segments } from './walker';

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
export function locate(
  segments: Segments,
  start: number,
  end: number,
): { range: Range; nodes: Text[] } | null {
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
