/**
 * Maps offsets in walked text back to DOM Ranges over the original text nodes.
 */
import type { TextSegment } from './walker';

/** Index of the last segment starting at or before `offset` (segments are in text order). */
function segmentAt(segments: readonly TextSegment[], offset: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid]!.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/**
 * The Range covering `text.slice(start, end)` of a walk, or null when the span
 * covers no text node (or its nodes have since left the document). Offsets that
 * fall on a block break are moved to the nearest text.
 */
export function rangeFor(segments: readonly TextSegment[], start: number, end: number): Range | null {
  return locate(segments, start, end)?.range ?? null;
}

/** Like `rangeFor`, with the text nodes the range touches (for hit testing). */
export function locate(
  segments: readonly TextSegment[],
  start: number,
  end: number,
): { range: Range; nodes: Text[] } | null {
  if (end <= start || segments.length === 0) return null;
  let first = segmentAt(segments, start);
  let startOffset: number;
  if (first === -1 || start >= segments[first]!.end) {
    first += 1; // `start` is on a break: begin at the next text node.
    if (first >= segments.length) return null;
    startOffset = 0;
  } else {
    startOffset = start - segments[first]!.start;
  }
  const last = segmentAt(segments, end - 1);
  if (last < first) return null;
  const a = segments[first]!;
  const b = segments[last]!;
  // An `end` on a break stops at the end of the text node before it.
  const endOffset = Math.min(end, b.end) - b.start;
  if (!a.node.isConnected || !b.node.isConnected) return null;
  // Text may have changed since the walk; never point past a node's end.
  if (startOffset > a.node.length || endOffset > b.node.length) return null;
  const range = a.node.ownerDocument.createRange();
  range.setStart(a.node, startOffset);
  range.setEnd(b.node, endOffset);
  const nodes: Text[] = [];
  for (let i = first; i <= last; i++) nodes.push(segments[i]!.node);
  return { range, nodes };
}
