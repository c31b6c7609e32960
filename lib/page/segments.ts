/**
 * The walked text's offset table (which text node each stretch of text came from) and
 * the way back from offsets in the walked text to DOM Ranges over the original text nodes.
 */
import { nextReadableText, type ElementInfoCache } from './walker';

/** One text node's place in the walked text: `text.slice(start, end) === node.data`. */
export interface TextSegment {
  node: Text;
  start: number;
  end: number;
}

/**
 * How far apart the text nodes the table keeps are (see `Segments`): finding any other costs
 * at most this many steps of a TreeWalker.
 */
export const KEEP_EVERY = 32;

/**
 * The offset table of a walk: for each text node, where its text starts and ends in the
 * walked text, kept as parallel arrays of numbers (an object per node fed the garbage
 * collector enough to stretch the walk's slices on a page of 200,000 text nodes).
 *
 * The table does not hold every text node. Each node a content script touches gets a wrapper
 * in its isolated world, and the wrappers held alive fill a table Chromium keeps per world: on
 * a page of 200,000 text nodes, holding all of them stretched single slices of the walk to
 * 50-200 ms as that table grew (Chromium 156, this 2-CPU machine; without them, 22-34 ms; even
 * the first 4,096 held kept the longest slice near 40 ms). So it keeps every `KEEP_EVERY`th
 * node (and the first after each move between the page and a shadow root), with the root its
 * walk ran over, and finds the nodes in between by walking on from the nearest kept one, or
 * from the last lookup, with the walk's own rule for readable text (`nextReadableText`). A
 * node whose text is no longer its stretch of the walked text (the page changed) is not
 * found. The price: making the marks' Ranges takes 2-3 times as long as with
 * every node held (241 marks on a 50,000-word page, 0.40-0.52 ms against 0.14-0.23 ms per scan,
 * medians of 7 rounds of 100 in Chromium, a scratch script), a few tenths of a millisecond.
 */
export class Segments implements Iterable<TextSegment> {
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  /** The walked text, once the walk is done: a node found must still hold its stretch of it. */
  text: string | null = null;
  /** The kept nodes: their indices in the table (ascending), the nodes, the roots their walk ran over (null: not to be walked from). */
  private readonly keptAt: number[] = [];
  private readonly keptNodes: Text[] = [];
  private readonly keptRoots: (Node | null)[] = [];
  private lastRoot: Node | null | undefined = undefined;
  /** Where the last lookup left off, so that asking for nodes in order walks each step once. */
  private cursor: Cursor | null = null;
  /** The walk's rule's answers for the elements met while finding nodes (one table for the lookups). */
  private readonly info: ElementInfoCache = new Map();

  get length(): number {
    return this.starts.length;
  }

  /**
   * Adds a text node's place. `root` is what the walk that met it ran over (the node is then
   * found again by walking from `root`'s nearest kept node); a node pushed without one is kept.
   */
  push(node: Text, start: number, end: number, root: Node | null = null): void {
    const index = this.starts.length;
    this.starts.push(start);
    this.ends.push(end);
    const last = this.keptAt.length > 0 ? this.keptAt[this.keptAt.length - 1]! : -KEEP_EVERY;
    if (root === null || root !== this.lastRoot || index - last >= KEEP_EVERY) {
      this.keptAt.push(index);
      this.keptNodes.push(node);
      this.keptRoots.push(root);
    }
    this.lastRoot = root;
  }

  /** The `i`th text node, or null when there is none or it no longer holds its stretch of the walked text. */
  node(i: number): Text | null {
    if (!(i >= 0 && i < this.starts.length)) return null;
    const k = lastAtOrBefore(this.keptAt, i);
    const keptIndex = this.keptAt[k]!;
    let cursor = this.cursor;
    // Walk on from the last lookup when it is in the same walk and not far behind (marks are
    // found in text order), else from the nearest kept node.
    if (!(cursor && cursor.index <= i && (cursor.index >= keptIndex || (i - cursor.index <= 2 * KEEP_EVERY && this.sameRun(cursor, k))))) {
      cursor = { index: keptIndex, node: this.keptNodes[k]!, root: this.keptRoots[k]!, walker: null };
    }
    const found = this.walkOn(cursor, i);
    const start = this.starts[i]!;
    const end = this.ends[i]!;
    if (!found || found.length !== end - start) return null;
    return this.text === null || found.data === this.text.slice(start, end) ? found : null;
  }

  /** Whether every kept node after `cursor`'s place, up to the `k`th, was walked from the same root as it (no shadow root between). */
  private sameRun(cursor: Cursor, k: number): boolean {
    for (let j = lastAtOrBefore(this.keptAt, cursor.index) + 1; j <= k; j++) if (this.keptRoots[j] !== cursor.root) return false;
    return true;
  }

  /** Walks `cursor` on to the `i`th node, and leaves it there for the next lookup (null: lost). */
  private walkOn(cursor: Cursor, i: number): Text | null {
    this.cursor = null;
    while (cursor.index < i) {
      if (!cursor.walker) {
        if (cursor.root === null || !cursor.root.contains(cursor.node)) return null;
        cursor.walker = cursor.node.ownerDocument.createTreeWalker(cursor.root, 0x4);
        cursor.walker.currentNode = cursor.node;
      }
      const next = nextReadableText(cursor.walker, this.info);
      if (!next) return null;
      cursor.node = next;
      cursor.index++;
    }
    this.cursor = cursor;
    return cursor.node;
  }

  /** Every text node's place, in order, leaving out any that can no longer be found. */
  *[Symbol.iterator](): Iterator<TextSegment> {
    for (let i = 0; i < this.starts.length; i++) {
      const node = this.node(i);
      if (node) yield { node, start: this.starts[i]!, end: this.ends[i]! };
    }
  }
}

/** The visible text of a subtree, with its offset table. */
export interface WalkedText {
  text: string;
  segments: Segments;
}

/** A place in the table a lookup reached: the node, the root its walk ran over, and the walk (made when first needed). */
interface Cursor {
  index: number;
  node: Text;
  root: Node | null;
  walker: TreeWalker | null;
}

/** Index of the last of the ascending `values` at or before `value` (-1 when none is). */
function lastAtOrBefore(values: readonly number[], value: number): number {
  let lo = 0;
  let hi = values.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! <= value) {
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
  const { starts, ends } = segments;
  let first = lastAtOrBefore(starts, start);
  let startOffset: number;
  if (first === -1 || start >= ends[first]!) {
    first += 1; // `start` is on a break: begin at the next text node.
    if (first >= starts.length) return null;
    startOffset = 0;
  } else {
    startOffset = start - starts[first]!;
  }
  const last = lastAtOrBefore(starts, end - 1);
  if (last < first) return null;
  const nodes: Text[] = [];
  for (let i = first; i <= last; i++) {
    const node = segments.node(i);
    if (!node) return null;
    nodes.push(node);
  }
  const a = nodes[0]!;
  const b = nodes[nodes.length - 1]!;
  // An `end` on a break stops at the end of the text node before it.
  const endOffset = Math.min(end, ends[last]!) - starts[last]!;
  if (!a.isConnected || !b.isConnected) return null;
  // Text may have changed since the walk; never point past a node's end.
  if (startOffset > a.length || endOffset > b.length) return null;
  const range = a.ownerDocument.createRange();
  range.setStart(a, startOffset);
  range.setEnd(b, endOffset);
  return { range, nodes };
}
