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

/** True for an element whose attributes put its text off limits (hidden, editable). */
function skipsItself(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

/** Elements whose children the browser's own styles may hide (a closed <details>, a closed <dialog>). */
const HIDES_CHILDREN = new Set(['details', 'dialog']);

/** What the walker needs to know about an element, worked out once per element. */
interface ElementInfo {
  /** May text directly inside it be read? */
  readable: boolean;
  /** Its nearest non-inline ancestor-or-self: text in different blocks is kept apart. */
  block: Element;
  localName: string;
}

/**
 * Works out `ElementInfo` from the element's own tag and attributes and its
 * parent's info (cached, so shared ancestors are looked at once). The browser is
 * asked whether an element is shown (checkVisibility, which covers its
 * ancestors) only where a stylesheet could single it out: elements with
 * attributes (class, id, style...) or inside <details>/<dialog>. A bare element
 * (most <p>, <b>, <li> of an article) is shown exactly when its parent is.
 */
function elementInfo(el: Element, cache: Map<Element, ElementInfo>): ElementInfo {
  const cached = cache.get(el);
  if (cached) return cached;
  const parent = el.parentElement;
  const up = parent ? elementInfo(parent, cache) : null;
  const localName = el.localName;
  const attributes = el.hasAttributes();
  let readable = up ? up.readable : true;
  if (readable) {
    if (SKIPPED_TAGS.has(localName)) readable = false;
    else if (attributes && skipsItself(el)) readable = false;
    else if (attributes || !up || HIDES_CHILDREN.has(up.localName)) readable = isShown(el);
  }
  const info = { readable, block: up && INLINE.has(localName) ? up.block : el, localName };
  cache.set(el, info);
  return info;
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
  private lastParent: Element | null = null;
  private lastParentBlock: Element | null = null;
  private readonly info = new Map<Element, ElementInfo>();
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

  /** Walks on until done (returns true) or until `shouldYield()` (checked every 128 text nodes) returns true. */
  step(shouldYield: () => boolean = () => false): boolean {
    const walker = this.walker;
    if (!walker) return true;
    let visited = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      this.addText(node as Text);
      if ((++visited & 127) === 0 && shouldYield()) return false;
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
    let block: Element | null | undefined;
    if (parent === this.lastParent) {
      block = this.lastParentBlock;
    } else {
      const info = elementInfo(parent, this.info);
      block = info.readable ? info.block : null;
      this.lastParent = parent;
      this.lastParentBlock = block;
    }
    if (block === null) return;
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
  while (node && !node.nextSibling && node.parentElement && INLINE.has(node.parentElement.localName)) node = node.parentElement;
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
