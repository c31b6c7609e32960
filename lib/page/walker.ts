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

const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'BUTTON',
  'svg',
  'SVG',
  'CANVAS',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'HEAD',
  'TITLE',
  'MATH',
  UI_HOST_TAG.toUpperCase(),
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

function isEditable(el: Element): boolean {
  const value = el.getAttribute('contenteditable');
  return value !== null && value !== 'false';
}

/** Whether an element is rendered and not hidden by CSS (ancestors included). */
function isShown(el: Element): boolean {
  if (typeof el.checkVisibility === 'function') {
    return el.checkVisibility({ visibilityProperty: true, checkVisibilityCSS: true } as CheckVisibilityOptions);
  }
  const view = el.ownerDocument.defaultView;
  if (!view) return true;
  if (view.getComputedStyle(el).visibility === 'hidden') return false;
  for (let e: Element | null = el; e; e = e.parentElement) {
    if (view.getComputedStyle(e).display === 'none') return false;
  }
  return true;
}

/** True for an element whose whole subtree the walker leaves out. */
function isSkipped(el: Element): boolean {
  return SKIPPED.has(el.tagName) || el.hasAttribute('hidden') || isEditable(el);
}

/** Whether anything at or above `node` makes its text off limits (editable, a form field, our UI...). */
function hasSkippedAncestor(node: Node, stop: Node | null): boolean {
  for (let el = node.nodeType === 1 ? (node as Element) : node.parentElement; el && el !== stop; el = el.parentElement) {
    if (isSkipped(el)) return true;
  }
  return node.ownerDocument?.designMode === 'on';
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
  private readonly blocks = new Map<Element, Element>();
  private readonly shown = new Map<Element, boolean>();
  private readonly walker: TreeWalker | null = null;
  private node: Node | null = null;
  private readonly start: Node | null = null;

  constructor(root: Node) {
    const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
    if (!doc) return;
    const start = root.nodeType === 9 ? (doc.body ?? doc.documentElement) : root;
    if (!start || hasSkippedAncestor(start, null)) return;
    this.start = start;
    if (start.nodeType === 3) {
      this.addText(start as Text);
      return;
    }
    // SHOW_ELEMENT | SHOW_TEXT; subtrees are skipped by hand (no filter callback per node).
    this.walker = doc.createTreeWalker(start, 0x1 | 0x4);
    this.node = this.walker.currentNode;
  }

  /** Walks on until done (returns true) or until `shouldYield()` (checked every 256 nodes) returns true. */
  step(shouldYield: () => boolean = () => false): boolean {
    const walker = this.walker;
    if (!walker) return true;
    let node = this.node;
    let visited = 0;
    while (node) {
      if ((++visited & 255) === 0 && shouldYield()) {
        this.node = node;
        return false;
      }
      if (node.nodeType === 3) {
        this.addText(node as Text);
      } else if (node !== this.start && isSkipped(node as Element)) {
        // Leave this subtree: next sibling, or the next sibling of the nearest ancestor that has one.
        node = walker.nextSibling();
        while (!node && walker.parentNode()) node = walker.nextSibling();
        continue;
      } else if ((node as Element).tagName === 'BR') {
        this.lastBlock = null;
        this.breakLine();
      }
      node = walker.nextNode();
    }
    this.node = null;
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
    let visible = this.shown.get(parent);
    if (visible === undefined) {
      visible = isShown(parent);
      this.shown.set(parent, visible);
    }
    if (!visible) return;
    const block = blockOf(parent, this.blocks);
    if (this.lastBlock !== null && block !== this.lastBlock) this.breakLine();
    this.lastBlock = block;
    this.segments.push({ node, start: this.length, end: this.length + data.length });
    this.parts.push(data);
    this.length += data.length;
  }
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
