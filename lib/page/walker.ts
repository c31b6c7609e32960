/**
 * Reads the visible text under a DOM node with a TreeWalker, keeping a table from
 * text offsets back to the text nodes they came from so findings can be marked
 * with Ranges. Nothing in the page is changed.
 *
 * Skipped: script, style, noscript, template, form fields, buttons, SVG/canvas,
 * embedded documents, elements with the `hidden` attribute or hidden by CSS,
 * anything editable, and the extension's own UI host.
 */

/** One text node's place in the walked text: `text.slice(start, end) === node.data`. */
export interface TextSegment {
  node: Text;
  start: number;
  end: number;
}

/** The visible text of a subtree, with its offset table. */
export interface WalkedText {
  text: string;
  segments: TextSegment[];
}

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
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'CITE',
  'CODE',
  'DATA',
  'DEL',
  'DFN',
  'EM',
  'FONT',
  'I',
  'INS',
  'KBD',
  'LABEL',
  'MARK',
  'Q',
  'S',
  'SAMP',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'U',
  'VAR',
  'WBR',
]);

/** Separator between blocks, so words of adjacent paragraphs never run together. */
const BLOCK_BREAK = '\n';

const VISIBILITY = { visibilityProperty: true, checkVisibilityCSS: true } as CheckVisibilityOptions;

/** Whether an element is rendered and not hidden by CSS (ancestors included). */
function isShown(el: Element): boolean {
  if (typeof el.checkVisibility === 'function') return el.checkVisibility(VISIBILITY);
  const view = el.ownerDocument.defaultView;
  if (!view) return true;
  if (view.getComputedStyle(el).visibility === 'hidden') return false;
  for (let e: Element | null = el; e; e = e.parentElement) {
    if (view.getComputedStyle(e).display === 'none') return false;
  }
  return true;
}

/** True for an element that, by itself, puts its text off limits (a form field, editable, hidden...). */
function skipsItself(el: Element): boolean {
  if (SKIPPED_TAGS.has(el.localName) || el.hasAttribute('hidden')) return true;
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

/**
 * Whether text directly inside `el` is off limits: it or an ancestor skips its
 * text. Answers are cached per element, so shared ancestors are checked once.
 */
function isSkipped(el: Element, cache: Map<Element, boolean>): boolean {
  const cached = cache.get(el);
  if (cached !== undefined) return cached;
  const parent = el.parentElement;
  // Nearest explicit contenteditable decides: "false" inside an editable region is still part of it.
  const skipped = skipsItself(el) || (parent !== null && isSkipped(parent, cache));
  cache.set(el, skipped);
  return skipped;
}

function blockOf(el: Element, cache: Map<Element, Element>): Element {
  const cached = cache.get(el);
  if (cached) return cached;
  let block = el;
  while (INLINE.has(block.tagName) && block.parentElement) block = block.parentElement;
  cache.set(el, block);
  return block;
}

/**
 * A walk over the visible text under `root` (an element, a document or a text
 * node) that can pause: `step` stops when its `shouldYield` says so and resumes
 * where it left off. Text nodes in different blocks are separated by a line
 * break that belongs to no segment.
 */
export class TextWalk {
  private readonly parts: string[] = [];
  private readonly segments: TextSegment[] = [];
  private length = 0;
  private lastBlock: Element | null = null;
  private last: Text | null = null;
  private readonly blocks = new Map<Element, Element>();
  /** Per parent element: may its text be read? (Most text nodes share a parent with others.) */
  private readonly readable = new Map<Element, boolean>();
  private readonly skipped = new Map<Element, boolean>();
  private readonly walker: TreeWalker | null = null;

  constructor(root: Node) {
    const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
    if (!doc) return;
    const start = root.nodeType === 9 ? (doc.body ?? doc.documentElement) : root;
    if (!start || doc.designMode === 'on') return;
    if (start.nodeType === 3) {
      this.addText(start as Text);
      return;
    }
    // SHOW_TEXT: the browser skips elements natively; each parent is checked once.
    this.walker = doc.createTreeWalker(start, 0x4);
  }

  /** Walks on until done (returns true) or until `shouldYield()` (checked every 256 text nodes) returns true. */
  step(shouldYield: () => boolean = () => false): boolean {
    const walker = this.walker;
    if (!walker) return true;
    let visited = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      this.addText(node as Text);
      if ((++visited & 255) === 0 && shouldYield()) return false;
    }
    return true;
  }

  /** The text walked so far and its offset table. */
  result(): WalkedText {
    return { text: this.parts.join(''), segments: this.segments };
  }

  private breakLine(): void {
    if (this.parts.length === 0 || this.parts[this.parts.length - 1] === BLOCK_BREAK) return;
    this.parts.push(BLOCK_BREAK);
    this.length += BLOCK_BREAK.length;
  }

  private addText(node: Text): void {
    const data = node.data;
    if (data.length === 0) return;
    const parent = node.parentElement;
    if (!parent) return;
    let ok = this.readable.get(parent);
    if (ok === undefined) {
      ok = !isSkipped(parent, this.skipped) && isShown(parent);
      this.readable.set(parent, ok);
    }
    if (!ok) return;
    const block = blockOf(parent, this.blocks);
    if (this.lastBlock !== null && (block !== this.lastBlock || (this.last && brokenAfter(this.last, node)))) {
      this.breakLine();
    }
    this.lastBlock = block;
    this.last = node;
    this.segments.push({ node, start: this.length, end: this.length + data.length });
    this.parts.push(data);
    this.length += data.length;
  }
}

/** True when a <br> separates two text nodes of the same block ("A<br>B", "<b>A</b><br>B"). */
function brokenAfter(previous: Text, next: Text): boolean {
  let node: Node | null = previous;
  // Up through inline wrappers that end with `previous`, then look at what follows.
  while (node && !node.nextSibling && node.parentElement && INLINE.has(node.parentElement.tagName)) node = node.parentElement;
  const after = node?.nextSibling;
  return !!after && after !== next && after.nodeType === 1 && (after as Element).tagName === 'BR';
}

/** Walks `root` to the end in one go and returns its visible text (see `TextWalk`). */
export function walkText(root: Node): WalkedText {
  const walk = new TextWalk(root);
  walk.step();
  return walk.result();
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
