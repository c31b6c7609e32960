/**
 * Reads the visible text under a DOM node with a TreeWalker: `TagWalk` by the tags alone (the
 * first stage's prefilter), `TextWalk` asking the layout where pieces glue and keeping a table
 * from text offsets back to the text nodes they came from, so findings can be marked with
 * Ranges. Nothing in the page is changed.
 *
 * Skipped as it walks: script, style, noscript, template, form fields, buttons,
 * SVG/canvas, embedded documents, elements with the `hidden` attribute, anything
 * editable, and the extension's own UI host. Text hidden by CSS costs computed
 * styles to find, so the walk keeps it and `textVisibility` (lib/page/visibility.ts) is
 * asked only about the few text nodes a finding touches. The offset table is
 * lib/page/segments.ts.
 */

import { isWordChar } from '../engine/normalise';
import type { Segments, WalkedText } from './segments';
import type { Span } from './article-spans';
import { ArticleRuns } from './article-runs';

/** The tag name of the extension's own UI host; the walker never reads inside it. */
export const UI_HOST_TAG = 'ofsted-lens-ui';

/** Elements whose text is never read (compared with `localName`, lower case). */
const SKIPPED_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'button',
  'svg',
  'canvas',
  'iframe',
  'object',
  'embed',
  'head',
  'title',
  'math',
  UI_HOST_TAG,
]);

/** Inline elements: text either side of them runs on in the same line of text. */
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'kbd',
  'label',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
  'wbr',
]);

/** Separator between blocks, so words of adjacent paragraphs never run together. */
export const BLOCK_BREAK = '\n';

/** What the walker needs to know about an element, worked out once per element. */
interface ElementInfo {
  /** May text directly inside it be read? (Tags and attributes only; CSS is checked later.) */
  readable: boolean;
  /** Its nearest non-inline ancestor-or-self: text in different blocks is kept apart. */
  block: Element;
}

/** Elements' info, worked out as a walk meets them. */
export type ElementInfoCache = Map<Element, ElementInfo>;

const UNREADABLE: ElementInfo = { readable: false, block: null as unknown as Element };

/**
 * Works out `ElementInfo` from the element's own tag and attributes and its
 * parent's info (cached when `keep`, so shared ancestors are looked at once). Only cheap
 * checks: the tag, the `hidden` attribute, editability.
 */
function elementInfo(el: Element, cache: ElementInfoCache, keep = true): ElementInfo {
  const cached = cache.get(el);
  if (cached) return cached;
  const parent = el.parentElement ?? parentOf(el);
  const up = parent ? elementInfo(parent, cache) : null;
  let info: ElementInfo;
  if (up && !up.readable) {
    info = UNREADABLE;
  } else {
    const localName = el.localName;
    if (SKIPPED_TAGS.has(localName) || (el.hasAttributes() && skipsItself(el))) info = UNREADABLE;
    // An inline element reads as its parent does: the parent's info, shared (a page of 200,000
    // spans would otherwise make as many objects, and the garbage collector's pauses with them).
    else if (up && INLINE.has(localName)) info = up;
    else info = { readable: true, block: el };
  }
  if (keep) cache.set(el, info);
  return info;
}

/**
 * Whether a <br> is anywhere under `root` (an element or a shadow root): one native search that
 * stops at the first, far cheaper than asking each element.
 */
function hasBreaks(root: Node): boolean {
  return (root as Partial<ParentNode>).querySelector?.('br') != null;
}

/**
 * The next text node `walker` (showing text nodes only) meets that a walk reads: not empty,
 * and not inside anything the walk skips. Lets `Segments` find again the nodes it did not keep.
 */
export function nextReadableText(walker: TreeWalker, cache: ElementInfoCache): Text | null {
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (node.length === 0) continue;
    const parent = node.parentElement ?? parentOf(node);
    if (parent && elementInfo(parent, cache, false).readable) return node;
  }
  return null;
}

/** A node's parent element, or the host of the shadow root it sits at the top of. */
function parentOf(node: Node): Element | null {
  const up = node.parentNode;
  if (!up) return null;
  if (up.nodeType === 1) return up as Element;
  return up.nodeType === 11 ? ((up as ShadowRoot).host ?? null) : null;
}

/** True for an element whose attributes put its text off limits (hidden, editable). */
function skipsItself(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

/** Text is joined as the walk goes, in pieces of about this many characters (or parts), so a huge page's text is never joined in one long go. */
const JOIN_CHARS = 65_536;
const JOIN_PARTS = 2048;

/** The most elements one walk asks for their computed display (each ask may lay the page out). */
const MAX_STYLE_LOOKUPS = 2_000;

/**
 * The most places one tag walk gives both readings at (see `TagWalk.runsApart`); past them it
 * reads by the tags alone, as `TextWalk` does past its style lookups.
 */
const MAX_BOTH_READINGS = 2_000;

/** Longer than any name's word: a glued word is followed no further than this. */
const MAX_WORD = 40;

/**
 * A walk over the readable text under `root` (an element, a document or a text node) by its
 * tags and attributes alone: it never asks the page for a style, so it costs the page no
 * style or layout work, however early it runs (the content script's first stage scans before
 * the first paint with it). `step` stops when its `shouldYield` says so and resumes where it
 * left off. Text nodes in different blocks are separated by a line break.
 *
 * Where two inline pieces of text meet letter to letter (`<b>Lanc</b>ashire`, or
 * `<b style="display:block">Smith</b>Lancashire`), only the layout knows whether they make one
 * word or two; this walk gives both readings (the text broken there, and the glued word on a
 * line of its own), so a names prefilter run over it misses neither. `TextWalk` asks the layout
 * instead and keeps an offset table.
 */
export abstract class TagWalk {
  /** The last text node added (`runsApart` looks at how it ends). */
  private lastNode: Text | null = null;
  private lastBlock: Element | null = null;
  /** A <br> came after the last text added (seen as the walk passes it). */
  private lineBreak = false;
  /** Whether any <br> may be met: most articles have none, and then no element is asked. */
  private breaks = false;
  private readonly info: ElementInfoCache = new Map();
  /** The light DOM walk, with a walk per open shadow root entered on top. */
  private readonly walkers: TreeWalker[] = [];
  /** The open shadow roots the walk went into, in the order it met them. */
  readonly shadowRoots: ShadowRoot[] = [];
  /** The glued reading's word that ends where `runNode` ends (see `runsApart`). */
  private run = '';
  private runNode: Text | null = null;
  private bothReadings = 0;
  /** A text node given as the root, read by the first step. */
  private single: Text | null = null;
  /** What the walk now reading ran over: the root, or an open shadow root (see `Segments.push`). */
  protected from: Node | null = null;
  /** The element the text now read sits in (the shadow root's host for text at its top). */
  protected parent: Element | null = null;

  constructor(root: Node) {
    const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
    if (!doc) return;
    const start = root.nodeType === 9 ? (doc.body ?? doc.documentElement) : root;
    if (!start || doc.designMode === 'on') return;
    if (start.nodeType === 3) {
      // Read by the first step, not here: a subclass's fields are not set until this returns.
      this.single = start as Text;
      return;
    }
    // Elements and text: an element is only asked whether it hosts an open shadow root;
    // each text node's parent is checked once.
    this.walkers.push(doc.createTreeWalker(start, 0x5));
    this.breaks = hasBreaks(start);
    if (start.nodeType === 1) this.enter(start as Element);
  }

  /** Walks on until done (returns true) or until `shouldYield()` (checked every 128 nodes) returns true. */
  step(shouldYield: () => boolean = () => false): boolean {
    const cache = this.info;
    const single = this.single;
    if (single) {
      this.single = null;
      const parent = parentOf(single);
      const info = parent ? elementInfo(parent, cache) : null;
      this.from = single;
      this.parent = parent;
      if (info?.readable) this.add(single, single.data, info.block);
    }
    let lastParent: Element | null = null;
    let block: Element | null = null;
    let visited = 0;
    for (let walker = this.walkers.at(-1); walker;) {
      const node = walker.nextNode();
      if (!node) {
        this.walkers.pop();
        walker = this.walkers.at(-1);
        lastParent = null;
      } else if (node.nodeType === 3) {
        const data = (node as Text).data;
        if (data.length > 0) {
          const parent = node.parentElement ?? parentOf(node);
          if (parent !== lastParent) {
            lastParent = parent;
            // Not kept: most text nodes' parents hold one text node, and a huge cache costs more than it saves.
            const info = parent ? elementInfo(parent, cache, false) : UNREADABLE;
            block = info.readable ? info.block : null;
          }
          if (block !== null) {
            this.from = walker.root;
            this.parent = parent;
            this.add(node as Text, data, block);
          }
        }
      } else if ((node as Element).shadowRoot && this.enter(node as Element)) {
        walker = this.walkers.at(-1);
        lastParent = null;
      } else if (this.breaks && node instanceof HTMLBRElement) {
        this.lineBreak = true;
      }
      if ((++visited & 127) === 0 && shouldYield()) return false;
    }
    return true;
  }

  /** Starts walking `host`'s open shadow root (its text stands where the host is), unless its text is off limits. */
  private enter(host: Element): boolean {
    const shadow = host.shadowRoot;
    if (!shadow || !elementInfo(host, this.info).readable) return false;
    this.shadowRoots.push(shadow);
    this.walkers.push(host.ownerDocument.createTreeWalker(shadow, 0x5));
    this.breaks ||= hasBreaks(shadow);
    return true;
  }

  /**
   * Whether text running on from `previous` in the same block is set apart there. The tags say
   * no; but where the two meet letter to letter across inline elements, the layout may say yes
   * (an inline element shown as a block), so this walk gives both readings: it breaks the text
   * there, after writing the glued word on a line of its own. A word glued from several pieces
   * (`<b>H</b>ert<i>ford</i>shire`) is followed while it is short enough to be a name's word.
   */
  protected runsApart(previous: Text, node: Text, data: string, block: Element): boolean {
    const before = previous.data;
    if (!isWordChar(before.charCodeAt(before.length - 1)) || !isWordChar(data.charCodeAt(0))) return false;
    // Nothing between the two that could be laid out as a block, or past the cap: the tags' reading.
    if ((previous.parentElement === block && node.parentElement === block) || this.bothReadings >= MAX_BOTH_READINGS) return false;
    this.bothReadings++;
    const lead = edgeWord(data, false);
    const glued = (this.runNode === previous ? this.run : edgeWord(before, true)) + lead;
    this.runNode = lead.length === data.length && glued.length <= MAX_WORD ? node : null;
    this.run = glued;
    this.write(BLOCK_BREAK + glued);
    return true;
  }

  private add(node: Text, data: string, block: Element): void {
    const lastBlock = this.lastBlock;
    if (lastBlock !== null && (block !== lastBlock || this.lineBreak || this.runsApart(this.lastNode!, node, data, block))) {
      this.write(BLOCK_BREAK);
    }
    this.lastBlock = block;
    this.lineBreak = false;
    this.lastNode = node;
    this.write(data, node);
  }

  /** Takes the next piece of the text: a text node's data (`node` given), a line break or a glued word. */
  protected abstract write(piece: string, node?: Text): void;
}

/**
 * The walk the annotator reads a page with: `TagWalk`, but where two inline pieces meet with
 * no space between, it asks the layout whether they are set apart, and it keeps the offset
 * table that leads marks back to the text nodes. Text hidden only by CSS is included: check
 * findings with `textVisibility` (the tests' `walkText`, test/page/walk-text.ts, drops it up front).
 */
export class TextWalk extends TagWalk {
  private parts: string[] = [];
  private readonly chunks: string[] = [];
  /** Where the text not yet joined into `chunks` begins. */
  private unjoined = 0;
  private length = 0;
  /** Inline elements asked whether they are laid out as blocks (see `runsApart`), at most MAX_STYLE_LOOKUPS. */
  private readonly displayBlock = new Map<Element, boolean>();
  private readonly runs: ArticleRuns | null;
  /** The element and walk whose text `isArticle` was last asked about, and its answer. */
  private asked: { parent: Element | null; from: Node | null; answer: boolean } = { parent: null, from: null, answer: false };

  /**
   * `segments`: the offset table to fill (lib/page/segments.ts, which keeps one text node in
   * 32: every node held alive is a wrapper in the isolated world's table, and on a page of
   * 200,000 text nodes that table's growth held single slices for 50-200 ms). `isArticle`: the
   * test of which text is the article's, when it is known before the walk (see `article`).
   */
  constructor(
    root: Node,
    private readonly segments: Segments,
    private readonly isArticle: ((node: Text) => boolean) | null = null,
  ) {
    super(root);
    this.runs = isArticle ? new ArticleRuns() : null;
  }

  /**
   * The spans of the text that `isArticle` takes for the article's, as `articleSpans`
   * (lib/page/article-spans.ts) would find them after the walk, without asking for each node
   * again (null without a test).
   */
  get article(): Span[] | null {
    return this.runs?.spans ?? null;
  }

  protected write(piece: string, node?: Text): void {
    if (this.parts.length >= JOIN_PARTS || this.length - this.unjoined >= JOIN_CHARS) {
      this.chunks.push(this.parts.join(''));
      this.parts = [];
      this.unjoined = this.length;
    }
    const start = this.length;
    this.parts.push(piece);
    this.length += piece.length;
    if (node) {
      this.segments.push(node, start, this.length, this.from);
      if (this.runs && !isBlank(piece)) this.runs.add(start, this.length, this.inArticle(node));
    }
  }

  /** Whether `node` is the article's, by `isArticle`, asked once per element (and walk) the text sits in. */
  private inArticle(node: Text): boolean {
    const asked = this.asked;
    if (asked.parent !== this.parent || asked.from !== this.from || asked.parent === null) {
      asked.parent = this.parent;
      asked.from = this.from;
      asked.answer = this.isArticle!(node);
    }
    return asked.answer;
  }

  /**
   * Whether text running on from `previous` in the same block is in fact set apart by the
   * page's layout: an inline element shown as a block (`<b style="display:block">Cllr J.
   * Smith</b>Lancashire ...`) ends a line of text whatever its tag. Computed styles cost far
   * more than reading text, so only where the two would otherwise glue (no space on either
   * side) are the inline elements between them asked; each once.
   */
  protected override runsApart(previous: Text, node: Text, data: string, block: Element): boolean {
    if (isSpace(data.charCodeAt(0)) || isSpace(previous.data.charCodeAt(previous.data.length - 1))) return false;
    return this.shownAsBlockUpTo(previous, block) || this.shownAsBlockUpTo(node, block);
  }

  /** Is any element from `node`'s parent up to (not including) `block` laid out as a block? */
  private shownAsBlockUpTo(node: Node, block: Element): boolean {
    for (let el = node.parentElement; el && el !== block; el = el.parentElement) {
      let shown = this.displayBlock.get(el);
      if (shown === undefined) {
        // A page with more glued inline pieces than any article has (200,000 spans) is read by its tags.
        if (this.displayBlock.size >= MAX_STYLE_LOOKUPS) return false;
        const display = el.ownerDocument.defaultView?.getComputedStyle(el).display ?? 'inline';
        // An empty answer (no layout, as in a detached or test document) trusts the tag: inline.
        shown = !(
          display === '' ||
          display.startsWith('inline') ||
          display.startsWith('ruby') ||
          display === 'contents' ||
          display === 'none'
        );
        this.displayBlock.set(el, shown);
      }
      if (shown) return true;
    }
    return false;
  }

  /** The text walked, and its offset table (which holds the text too from now on). */
  result(): WalkedText {
    const rest = this.parts.join('');
    const text = this.chunks.length > 0 ? this.chunks.join('') + rest : rest;
    this.segments.text = text;
    return { text, segments: this.segments };
  }
}

/** The word (at most MAX_WORD characters) that `text` starts with, or ends with when `end`. */
function edgeWord(text: string, end: boolean): string {
  const length = text.length;
  let n = 0;
  while (n < MAX_WORD && n < length && isWordChar(text.charCodeAt(end ? length - 1 - n : n))) n++;
  return end ? text.slice(length - n) : text.slice(0, n);
}

/** Whether `text` from `start` to `end` is all whitespace. */
export function isBlank(text: string, start = 0, end = text.length): boolean {
  for (let i = start; i < end; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

/** Whitespace, or no character at all: text either side of it can never glue into one word. */
export function isSpace(code: number): boolean {
  return !(code > 32) || code === 160 || code === 0x2028 || code === 0x2029 || (code >= 0x2000 && code <= 0x200b) || code === 0x3000;
}
