/**
 * Marks a page: walks its visible text, asks (through `analyse`) what the engine
 * finds whenever the cheap names prefilter sees a name, turns the findings into
 * Ranges, paints them, opens cards on hover, focus, click or the keyboard
 * shortcut, and re-scans only what changes. The page's text and structure are
 * never changed; every error is caught here and never reaches the page.
 */
import type { AnalyseResponse, AuthoritySummary, InspectionSummary, PageReport } from '../messaging';
import type { ArticleDate, Claim } from '../engine/types';
import type { MarkChoice } from '../storage';
import { compareVerdicts, needsAttention } from '../ui/verdicts';
import { claimKey } from '../ui/claim-key';
import { TextWalk, UI_HOST_TAG, textVisibility, type Segments } from './walker';
import { ANALYSE_CHUNK, pieces, sentenceAround } from './spans';
import { locate } from './ranges';
import { Painter } from './painter';
import { Slicer, afterPaint } from './slices';
import { buildCard, cardAnnouncement, placeCard } from './card';
import { existingUiHost, isInUi, removeUiHost, uiHost } from './host';
import { followMark } from './card-follow';
import { cardControls, deepActiveElement, isEditable, tabbableAfter, tabbableBefore } from './card-focus';
import { authorityLineFor, backgroundBehind } from './contrast';
import { findArticle, type FoundArticle } from './article-scope';

/** Article scoping without Readability (the extension passes one that loads it). */
const landmarksOnly: NonNullable<AnnotatorDeps['findArticle']> = (doc, walked) => findArticle(doc, walked, async () => null);
import { MAX_ARTICLE_SPANS, MAX_URL, articleSpans, spansWithin, type Span } from './article-spans';
import { DEBUG_ATTRIBUTE } from './debug';

/** What the annotator needs from its surroundings (the content script wires these). */
export interface AnnotatorDeps {
  doc: Document;
  /** Cheap check: might this text name an authority at all? */
  mayMention(text: string): boolean;
  /** Runs the engine on the text (in the background); null if it could not. */
  analyse(request: {
    text: string;
    published: string | null;
    title: string | null;
    /** Spans of `text` that are the article's own (the rest is site furniture); null: all of it. */
    articleSpans?: { start: number; end: number }[] | null;
    /** The page's address. */
    url?: string | null;
  }): Promise<AnalyseResponse | null>;
  /** The article's date and title, read from the page. */
  readContext(doc: Document): { published: string | null; title: string | null };
  /** Called whenever the number of claims (or of claims needing attention) changes. */
  onCounts(counts: { claims: number; attention: number }): void;
  /** Where caught errors go (console by default). */
  onError?(error: unknown): void;
  /** Debounce for re-scanning changed content, in ms. */
  debounceMs?: number;
  /** The reader said a marked claim is not a claim ("Not a claim" on its card): remember its key. */
  onDismiss?(key: string): void;
  /** Tells the article's own text from the site around it (default: lib/page/article-scope.ts's landmarks, no Readability). */
  findArticle?(doc: Document, walked: { text: string; nodes: readonly Text[] }): Promise<FoundArticle>;
}

/** The first scan's root and spans, the prefilter and a repaint: what the debug pages' benchmark re-runs. */
export interface BenchTarget {
  root: Node;
  spans: { start: number; end: number }[];
  mayMention(text: string): boolean;
  repaint(): void;
}

/** One mark: a mention of an authority, or a claim with its verdict. */
interface Mark {
  range: Range;
  /** For claims: the sentence around it, for the popup. */
  sentence: string;
  nodes: Text[];
  authority: string;
  claim: Claim | null;
}


/** `node`, or the outermost shadow host it is inside: the node standing for it in the document's own tree. */
function inDocument(node: Node): Node {
  let at = node;
  for (let root = at.getRootNode(); root.nodeType === 11 && (root as ShadowRoot).host; root = at.getRootNode()) {
    at = (root as ShadowRoot).host;
  }
  return at;
}

/**
 * The Range over a span of walked text, or null when the span is gone or any text
 * node it touches is hidden by CSS (the walk leaves that check to the few nodes found).
 */
function locateShown(
  segments: Segments,
  span: { start: number; end: number },
  shown: (node: Text) => boolean,
): { range: Range; nodes: Text[] } | null {
  const located = locate(segments, span.start, span.end);
  return located && located.nodes.every(shown) ? located : null;
}

const PREFILTER_CHUNK = 64_000;
/** The most article text a debug page's timing mark carries. */
const DEBUG_ARTICLE_MAX = 1_000_000;
const PREFILTER_OVERLAP = 200;

export class Annotator {
  private marks: Mark[] = [];
  private readonly byNode = new Map<Text, Mark[]>();
  private readonly authorities: Record<string, AuthoritySummary> = {};
  private readonly inspections: Record<string, InspectionSummary> = {};
  /** The dataset's as-of date, from the background's answers, for the card. */
  private asOf: string | undefined;
  private published: ArticleDate | null = null;
  private context: { published: string | null; title: string | null } | null = null;
  /** Which text is the article's, found once per page on the first scan that finds a name. */
  private article: Promise<FoundArticle | null> | null = null;
  private readonly painter: Painter;
  private markChoice: MarkChoice = 'all';
  private running = false;
  private generation = 0;
  private observer: MutationObserver | null = null;
  /** Whether the listeners that open cards are on (see `listen`). */
  private listening = false;
  /** Open shadow roots the scans went into: watched for changes, and searched when hit testing. */
  private readonly shadowRoots = new Set<ShadowRoot>();
  private pendingRoots = new Set<Node>();
  private pendingTimer: ReturnType<typeof setTimeout> | undefined;
  private pendingSince = 0;
  private queue: Promise<void> = Promise.resolve();
  private card: {
    mark: Mark;
    element: HTMLElement;
    pinned: boolean;
    returnFocus: Element | null;
    /** The focused page element that opened it (a link holding the mark), if focus did. */
    anchor: Element | null;
    /** Opened by focus or holding focus: it closes when focus leaves both it and its mark. */
    focusOwned: boolean;
    stopFollowing: () => void;
  } | null = null;
  /** Keys of claims the reader marked "Not a claim" on this page. */
  private dismissed = new Set<string>();
  /** Claims covered by a stronger verdict on the same words: not painted (one word, one mark). */
  private covered = new Set<Mark>();
  private focusCheck: ReturnType<typeof setTimeout> | undefined;
  /** The authority underline for this page's background, once read (see `authorityStyle`). */
  private authorityLine: 'authority' | 'authority-dark' | null = null;
  private hoverTimer: ReturnType<typeof setTimeout> | undefined;
  private pointerFrame = 0;
  private lastPointer: { x: number; y: number } | null = null;
  private lastCounts = '';
  private restoringFocus = false;
  /** Main-thread time, for the budgets (see `timings`). */
  private readonly slicer = new Slicer();
  private scans = 0;
  private readonly phases = { walk: 0, prefilter: 0, locate: 0, paint: 0 };
  /** The first scan's root and spans, kept for `benchTarget`. */
  private firstScan: { root: Node; spans: { start: number; end: number }[] } | null = null;

  constructor(private readonly deps: AnnotatorDeps) {
    this.painter = new Painter(deps.doc);
  }

  /** Starts marking: one scan of the whole page, then watches it for changes. */
  start(markChoice: MarkChoice): Promise<void> {
    this.markChoice = markChoice;
    if (this.running) return this.queue;
    this.running = true;
    const generation = ++this.generation;
    const { doc } = this.deps;
    this.observer = new MutationObserver((records) => this.guard(() => this.onMutations(records)));
    this.observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
    const view = doc.defaultView!;
    this.queue = this.queue.then(() => afterPaint(view));
    this.enqueue(generation, doc.body ?? doc.documentElement);
    return this.queue;
  }

  /** Stops marking and removes every mark, listener and the UI host. */
  stop(): void {
    if (!this.running) return;
    this.running = false;
    this.generation++;
    this.observer?.disconnect();
    this.observer = null;
    this.shadowRoots.clear();
    clearTimeout(this.pendingTimer);
    clearTimeout(this.hoverTimer);
    clearTimeout(this.focusCheck);
    this.authorityLine = null;
    this.pendingRoots.clear();
    this.listen(false);
    this.closeCard(false);
    this.marks = [];
    this.byNode.clear();
    this.painter.clear();
    removeUiHost();
    this.reportCounts();
  }

  /** Shows marks for every claim, or only for those that need attention. */
  setMarkChoice(choice: MarkChoice): void {
    if (choice === this.markChoice) return;
    this.markChoice = choice;
    if (this.card && !this.isShown(this.card.mark)) this.closeCard(false);
    this.repaint();
  }

  /** Resolves when every scan queued so far has finished. */
  idle(): Promise<void> {
    return this.queue;
  }

  /** What is marked, for the popup's "On this page". */
  report(url: string, active: boolean): PageReport {
    const mentions = new Map<string, number>();
    const claims: { claim: Claim; sentence: string }[] = [];
    for (const mark of this.marks) if (!mark.claim) mentions.set(mark.authority, (mentions.get(mark.authority) ?? 0) + 1);
    for (const mark of this.reportedClaims()) claims.push({ claim: mark.claim!, sentence: mark.sentence });
    for (const { claim } of claims) if (!mentions.has(claim.authority)) mentions.set(claim.authority, 1);
    return {
      url,
      title: this.context?.title ?? this.deps.doc.title,
      published: this.published ?? { date: null, source: 'none' },
      mentions: [...mentions].map(([id, count]) => ({ id, count })),
      claims,
      authorities: { ...this.authorities },
      inspections: { ...this.inspections },
      active,
    };
  }

  /** Main-thread time spent so far, for the budgets. */
  timings(): { busyMs: number; longestSliceMs: number; scans: number; marks: number; phases: Record<string, number> } {
    return {
      busyMs: this.slicer.busy,
      longestSliceMs: this.slicer.longest,
      scans: this.scans,
      marks: this.marks.length,
      phases: { ...this.phases },
    };
  }

  /**
   * For the budgets (debug pages only): what lib/page/benchmark.ts re-runs for the warm
   * figures (it is loaded only on debug pages, so none of it ships in the annotator).
   */
  benchTarget(): BenchTarget | null {
    const scan = this.firstScan;
    if (!scan) return null;
    return { ...scan, mayMention: this.deps.mayMention, repaint: () => this.repaint() };
  }

  /** Sets the keys of claims the reader said are not claims; their marks go. */
  setDismissed(keys: Iterable<string>): void {
    const next = new Set(keys);
    if (next.size === this.dismissed.size && [...next].every((k) => this.dismissed.has(k))) return;
    this.dismissed = next;
    if (this.card && !this.isShown(this.card.mark)) this.closeCard(false);
    if (this.marks.length > 0) this.repaint();
  }

  /** The browser's "next mark" command (rebindable): ignored while the reader types in a field. */
  nextMarkCommand(): void {
    this.guard(() => {
      if (isEditable(deepActiveElement(this.deps.doc))) return;
      this.moveToMark(1);
    });
  }

  /**
   * The popup's "show me": scrolls to the `index`-th claim of the page report and opens
   * its card with focus in it. False when there is no such claim any more.
   */
  showClaim(index: number): boolean {
    const mark = this.reportedClaims()[index];
    if (!mark) return false;
    mark.range.startContainer.parentElement?.scrollIntoView({ block: 'center', inline: 'nearest' });
    this.openCard(mark, true, true);
    return true;
  }

  /** Opens the card on the next (or previous) visible mark, scrolls to it and focuses the card. */
  moveToMark(step: 1 | -1): void {
    const visible = this.marks.filter((m) => this.isPainted(m) && !this.isInsideClaim(m));
    if (visible.length === 0) return;
    const at = this.card ? visible.indexOf(this.card.mark) : -1;
    const next = at === -1 ? (step === 1 ? 0 : visible.length - 1) : (at + step + visible.length) % visible.length;
    const mark = visible[next]!;
    const target = mark.range.startContainer.parentElement;
    target?.scrollIntoView({ block: 'center', inline: 'nearest' });
    this.openCard(mark, true, true);
  }

  // ---- scanning ----

  private guard(work: () => void): void {
    try {
      work();
    } catch (error) {
      this.fail(error);
    }
  }

  private fail(error: unknown): void {
    (this.deps.onError ?? ((e: unknown) => console.warn('Ofsted Lens:', e)))(error);
  }

  private enqueue(generation: number, root: Node): void {
    this.queue = this.queue.then(() => this.scan(generation, root)).catch((error) => this.fail(error));
  }

  private async scan(generation: number, root: Node): Promise<void> {
    if (generation !== this.generation || !root.isConnected) return;
    const slicer = this.slicer;
    slicer.begin();
    try {
      this.scans++;
      let t = performance.now();
      const walk = new TextWalk(root);
      while (!walk.step(slicer.shouldYield)) {
        this.phases.walk += performance.now() - t;
        await slicer.yield();
        t = performance.now();
        if (generation !== this.generation) return;
      }
      this.phases.walk += performance.now() - t;
      this.watchShadowRoots(walk.shadowRoots);
      t = performance.now();
      const { text, segments } = walk.result();
      if (text.length === 0) return;
      if (slicer.shouldYield()) await slicer.yield();
      // The prefilter runs over overlapping chunks so a long page yields between them.
      let found = false;
      for (let at = 0; at < text.length && !found; at += PREFILTER_CHUNK) {
        found = this.deps.mayMention(text.slice(at, at + PREFILTER_CHUNK + PREFILTER_OVERLAP));
        if (!found && slicer.shouldYield()) await slicer.yield();
      }
      this.phases.prefilter += performance.now() - t;
      if (!found) {
        // Kept so the budgets can time a page that names no authority too.
        this.firstScan ??= { root, spans: [] };
        return;
      }
      // Reading the date and title queries the whole document: a slice of its own on a huge page.
      if (!this.context && slicer.shouldYield()) await slicer.yield();
      if (generation !== this.generation) return;
      this.context ??= this.deps.readContext(this.deps.doc);
      // The article's own text against the site around it (related lists, adverts, comments):
      // the engine judges the furniture's claims on their own evidence.
      slicer.end();
      this.article ??= (this.deps.findArticle ?? landmarksOnly)(this.deps.doc, { text, nodes: segments.nodes }).catch((error: unknown) => {
        this.fail(error);
        return null;
      });
      const scope = await this.article;
      slicer.begin();
      if (generation !== this.generation) return;
      const inArticle = scope?.test ? await articleSpans({ text, segments }, scope.test, slicer) : null;
      if (scope && this.deps.doc.documentElement.hasAttribute(DEBUG_ATTRIBUTE)) {
        // For the end-to-end tests and the budgets: what was taken for the article, and its cost.
        // Outside the measured slice, and without the text on huge pages (copying megabytes into
        // the mark's detail is the test's cost, not the reader's).
        slicer.end();
        const { how, cloneMs, parseMs } = scope;
        const size = inArticle?.reduce((n, s) => n + s.end - s.start, 0) ?? 0;
        const article = size <= DEBUG_ARTICLE_MAX ? (inArticle?.map((s) => text.slice(s.start, s.end)) ?? null) : null;
        performance.mark('ofsted-lens:article', { detail: { how, cloneMs, parseMs, article } });
        slicer.begin();
      }
      const href = this.deps.doc.location?.href ?? null;
      const url = href && href.length <= MAX_URL ? href : null;
      const spans: { start: number; end: number; authority: string; claim: Claim | null }[] = [];
      // A huge page goes to the engine in pieces (cut between paragraphs), each under the message limit.
      for (const piece of pieces(text, ANALYSE_CHUNK)) {
        let articleSpans: Span[] | null = inArticle && spansWithin(inArticle, piece);
        if (articleSpans && articleSpans.length > MAX_ARTICLE_SPANS) articleSpans = null;
        slicer.end();
        const response = await this.deps.analyse({ text: text.slice(piece.start, piece.end), ...this.context, articleSpans, url });
        slicer.begin();
        if (generation !== this.generation) return;
        if (!response) continue;
        const { analysis } = response;
        Object.assign(this.authorities, response.authorities);
        Object.assign(this.inspections, response.inspections);
        this.asOf = response.asOf;
        if (analysis.mentions.length > 0 || analysis.claims.length > 0) this.published ??= analysis.published;
        const at = piece.start;
        for (const m of analysis.mentions) spans.push({ start: at + m.start, end: at + m.end, authority: m.id, claim: null });
        for (const c of analysis.claims) {
          const claim = at === 0 ? c : { ...c, start: at + c.start, end: at + c.end };
          spans.push({ start: claim.start, end: claim.end, authority: c.authority, claim });
        }
      }
      this.firstScan ??= { root, spans };
      let added = 0;
      t = performance.now();
      const shown = textVisibility();
      for (const span of spans) {
        const located = locateShown(segments, span, shown);
        if (!located || this.isDuplicate(located.range, span.authority, span.claim)) continue;
        const sentence = span.claim ? sentenceAround(text, span.start, span.end) : '';
        this.addMark({ range: located.range, nodes: located.nodes, sentence, authority: span.authority, claim: span.claim });
        added++;
        if ((added & 127) === 0 && slicer.shouldYield()) await slicer.yield();
      }
      if (generation !== this.generation) return;
      this.phases.locate += performance.now() - t;
      t = performance.now();
      if (added > 0) {
        this.sortMarks();
        this.repaint();
        this.listen(true);
      }
      this.phases.paint += performance.now() - t;
    } finally {
      slicer.end();
    }
  }

  /**
   * Adds (or removes) the pointer, click, key and focus listeners that open cards. They are
   * added with the first mark, so a page that names no authority gets no listener at all.
   */
  private listen(on: boolean): void {
    const view = this.deps.doc.defaultView;
    if (!view || on === this.listening) return;
    this.listening = on;
    const change = on ? view.addEventListener.bind(view) : view.removeEventListener.bind(view);
    change('pointermove', this.onPointerMove as EventListener, { passive: true, capture: true });
    change('click', this.onClick as EventListener, { capture: true });
    change('keydown', this.onKeyDown as EventListener, { capture: true });
    change('focusin', this.onFocusIn as EventListener, { capture: true });
    change('focusout', this.onFocusOut as EventListener, { capture: true });
  }

  /** Watches the open shadow roots a walk went into, as the document is watched. */
  private watchShadowRoots(roots: readonly ShadowRoot[]): void {
    for (const root of roots) {
      if (this.shadowRoots.has(root)) continue;
      this.shadowRoots.add(root);
      this.observer?.observe(root, { childList: true, subtree: true, characterData: true });
    }
  }

  private isDuplicate(range: Range, authority: string, claim: Claim | null): boolean {
    const existing = this.byNode.get(range.startContainer as Text) ?? [];
    return existing.some(
      (m) =>
        m.authority === authority &&
        (m.claim === null) === (claim === null) &&
        (!claim || m.claim?.verdict === claim.verdict) &&
        m.range.startContainer === range.startContainer &&
        m.range.startOffset === range.startOffset &&
        m.range.endContainer === range.endContainer &&
        m.range.endOffset === range.endOffset,
    );
  }

  private addMark(mark: Mark): void {
    this.marks.push(mark);
    for (const node of mark.nodes) {
      let list = this.byNode.get(node);
      if (!list) this.byNode.set(node, (list = []));
      list.push(mark);
    }
  }

  private removeMarks(drop: (mark: Mark) => boolean): boolean {
    const before = this.marks.length;
    this.marks = this.marks.filter((mark) => {
      if (!drop(mark)) return true;
      for (const node of mark.nodes) {
        const list = this.byNode.get(node);
        if (!list) continue;
        const rest = list.filter((m) => m !== mark);
        if (rest.length > 0) this.byNode.set(node, rest);
        else this.byNode.delete(node);
      }
      if (this.card?.mark === mark) this.closeCard(false);
      return false;
    });
    return this.marks.length !== before;
  }

  /** Document order (a shadow root's marks stand where its host is); mentions before claims on the same words. */
  private sortMarks(): void {
    this.marks.sort((a, b) => {
      const ra = a.range.startContainer.getRootNode();
      const rb = b.range.startContainer.getRootNode();
      if (ra === rb) return a.range.compareBoundaryPoints(Range.START_TO_START, b.range) || (a.claim ? 1 : -1);
      const pa = inDocument(a.range.startContainer);
      const pb = inDocument(b.range.startContainer);
      if (pa === pb) return 0;
      return pa.compareDocumentPosition(pb) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
    });
  }

  private isShown(mark: Mark): boolean {
    if (mark.claim && this.dismissed.size > 0 && this.dismissed.has(claimKey(mark.claim, mark.sentence))) return false;
    return this.markChoice === 'all' || !mark.claim || needsAttention(mark.claim.verdict);
  }

  /** Shown and not covered by a stronger verdict on the same words. */
  private isPainted(mark: Mark): boolean {
    return this.isShown(mark) && !this.covered.has(mark);
  }

  /** Claims the popup lists: every claim but those the reader dismissed, in page order. */
  private reportedClaims(): Mark[] {
    return this.marks.filter(
      (m) => m.claim && !(this.dismissed.size > 0 && this.dismissed.has(claimKey(m.claim, m.sentence))),
    );
  }

  /** Other shown claims whose words overlap this mark's. */
  private overlappingClaims(mark: Mark): Mark[] {
    const out = new Set<Mark>();
    for (const node of mark.nodes) {
      for (const other of this.byNode.get(node) ?? []) {
        if (other === mark || !other.claim || !this.isShown(other)) continue;
        if (other.range.startContainer.getRootNode() !== mark.range.startContainer.getRootNode()) continue;
        const overlaps =
          other.range.compareBoundaryPoints(Range.START_TO_END, mark.range) > 0 &&
          other.range.compareBoundaryPoints(Range.END_TO_START, mark.range) < 0;
        if (overlaps) out.add(other);
      }
    }
    return [...out];
  }

  private isInsideClaim(mark: Mark): boolean {
    if (mark.claim) return false;
    return (this.byNode.get(mark.nodes[0]!) ?? []).some(
      (m) =>
        m.claim &&
        m.range.compareBoundaryPoints(Range.START_TO_START, mark.range) <= 0 &&
        m.range.compareBoundaryPoints(Range.END_TO_END, mark.range) >= 0,
    );
  }

  private repaint(): void {
    this.covered = this.coveredClaims();
    const authority = this.marks.some((m) => !m.claim) ? this.authorityStyle() : 'authority';
    this.painter.paint(
      this.marks
        .filter((mark) => this.isPainted(mark))
        .map((mark) => ({ range: mark.range, style: mark.claim ? mark.claim.verdict : authority })),
    );
    this.reportCounts();
  }

  /**
   * One word, one mark: claims whose words overlap a stronger verdict's are not painted.
   * A sweep over the claims in document order, comparing each only with the claims still
   * open at its start (a 10 MB single text node holds thousands of marks in one node).
   */
  private coveredClaims(): Set<Mark> {
    const covered = new Set<Mark>();
    let open: Mark[] = [];
    for (const mark of this.marks) {
      if (!mark.claim || !this.isShown(mark)) continue;
      const root = mark.range.startContainer.getRootNode();
      open = open.filter(
        (o) => o.range.startContainer.getRootNode() === root && o.range.compareBoundaryPoints(Range.START_TO_END, mark.range) > 0,
      );
      for (const o of open) {
        const order = compareVerdicts(o.claim!.verdict, mark.claim.verdict);
        if (order < 0) covered.add(mark);
        else if (order > 0) covered.add(o);
      }
      open.push(mark);
    }
    return covered;
  }

  /**
   * The authority underline that keeps 4.5:1 against the page's own background (the
   * body's, composited over the root's and the canvas). Read once per start: reading
   * computed styles on every repaint would force style work on pages that change constantly.
   */
  private authorityStyle(): 'authority' | 'authority-dark' {
    if (this.authorityLine) return this.authorityLine;
    const { doc } = this.deps;
    const view = doc.defaultView;
    const at = doc.body ?? doc.documentElement;
    this.authorityLine = view && at && authorityLineFor(backgroundBehind(at, view, new WeakMap())) === 'dark' ? 'authority-dark' : 'authority';
    return this.authorityLine;
  }

  private reportCounts(): void {
    const claims = this.reportedClaims();
    const counts = { claims: claims.length, attention: claims.filter((m) => needsAttention(m.claim!.verdict)).length };
    const key = `${counts.claims}/${counts.attention}`;
    if (key === this.lastCounts) return;
    this.lastCounts = key;
    this.deps.onCounts(counts);
  }

  // ---- dynamic pages ----

  private onMutations(records: MutationRecord[]): void {
    const host = existingUiHost()?.host;
    for (const record of records) {
      if (host && (record.target === host || host.contains(record.target))) continue;
      if (record.type === 'characterData') {
        const parent = record.target.parentElement;
        if (parent) this.pendingRoots.add(parent);
        continue;
      }
      for (const node of Array.from(record.addedNodes)) {
        if (node === host || (node.nodeType !== 1 && node.nodeType !== 3)) continue;
        if (node.nodeType === 1 && (node as Element).tagName === UI_HOST_TAG.toUpperCase()) continue;
        this.pendingRoots.add(node.nodeType === 3 && node.parentElement ? node.parentElement : node);
      }
      if (record.removedNodes.length > 0) this.pendingRoots.add(record.target);
    }
    if (this.pendingRoots.size === 0) return;
    const now = Date.now();
    if (!this.pendingTimer) this.pendingSince = now;
    clearTimeout(this.pendingTimer);
    // Debounced, but a page that never stops changing is still scanned every few debounces.
    const debounce = this.deps.debounceMs ?? 300;
    const wait = now - this.pendingSince > debounce * 4 ? 0 : debounce;
    this.pendingTimer = setTimeout(() => this.guard(() => this.flushMutations()), wait);
  }

  private flushMutations(): void {
    this.pendingTimer = undefined;
    const roots = [...this.pendingRoots].filter((n) => n.isConnected);
    this.pendingRoots.clear();
    // Marks on text that has gone (or changed) are dropped before the re-scan.
    let changed = this.removeMarks((mark) => !mark.nodes.every((n) => n.isConnected) || mark.range.collapsed);
    const top = roots.filter((root) => !roots.some((other) => other !== root && other.contains(root)));
    for (const root of top) {
      const isOld = this.marks.some((m) => root.contains(m.range.startContainer));
      if (isOld) changed = this.removeMarks((m) => root.contains(m.range.startContainer)) || changed;
      this.enqueue(this.generation, root);
    }
    if (changed) this.repaint();
  }

  // ---- cards ----

  private readonly onPointerMove = (event: PointerEvent): void => {
    this.lastPointer = { x: event.clientX, y: event.clientY };
    if (this.pointerFrame || this.marks.length === 0) return;
    this.pointerFrame = this.deps.doc.defaultView!.requestAnimationFrame(() => {
      this.pointerFrame = 0;
      this.guard(() => this.onHover(event.composedPath()[0] ?? null));
    });
  };

  private onHover(target: EventTarget | null): void {
    const point = this.lastPointer;
    if (!point) return;
    if (isInUi(target)) {
      clearTimeout(this.hoverTimer);
      return;
    }
    const mark = this.markAt(point.x, point.y);
    clearTimeout(this.hoverTimer);
    if (mark) {
      if (this.card?.mark === mark) return;
      this.hoverTimer = setTimeout(() => this.guard(() => this.openCard(mark, false, false)), 120);
    } else if (this.card && !this.card.pinned) {
      this.hoverTimer = setTimeout(() => this.guard(() => this.closeCard(false)), 300);
    }
  }

  private readonly onClick = (event: MouseEvent): void => {
    this.guard(() => {
      if (isInUi(event.composedPath()[0] ?? null)) return;
      const mark = this.marks.length > 0 ? this.markAt(event.clientX, event.clientY) : null;
      if (mark) this.openCard(mark, true, false);
      else if (this.card) this.closeCard(false);
    });
  };

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    this.guard(() => {
      if (event.key === 'Escape' && this.card) this.closeCard(true);
      else if (event.key === 'Tab' && this.card && !event.altKey && !event.ctrlKey && !event.metaKey) this.onTab(event);
    });
  };

  /**
   * Tab from the mark's link goes into its card, and on from the card's last control to
   * what follows the mark (Shift+Tab the other way), as if the card sat right after the mark.
   */
  private onTab(event: KeyboardEvent): void {
    const card = this.card!;
    const { doc } = this.deps;
    const active = deepActiveElement(doc);
    const controls = cardControls(card.element);
    if (active === card.anchor && !event.shiftKey && controls.length > 0) {
      event.preventDefault();
      card.focusOwned = true;
      controls[0]!.focus();
      return;
    }
    if (!active || !card.element.contains(active)) return;
    const at = active === card.element ? -1 : controls.indexOf(active as HTMLElement);
    if (!event.shiftKey && (at === controls.length - 1 || at === -1)) {
      const next = tabbableAfter(doc, card.anchor ?? card.mark.range.endContainer);
      if (!next) return;
      event.preventDefault();
      this.closeCard(false);
      next.focus();
    } else if (event.shiftKey && at <= 0) {
      const previous = card.anchor instanceof HTMLElement ? card.anchor : tabbableBefore(doc, card.mark.range.startContainer);
      if (!previous) return;
      event.preventDefault();
      if (previous !== card.anchor) this.closeCard(false);
      previous.focus();
    }
  }

  private readonly onFocusIn = (event: FocusEvent): void => {
    this.guard(() => {
      const target = event.target;
      if (this.restoringFocus || !(target instanceof Element) || this.marks.length === 0) return;
      if (isInUi(target)) {
        if (this.card) this.card.focusOwned = true;
        return;
      }
      if (this.card && this.card.focusOwned && target !== this.card.anchor) this.closeCard(false);
      // Only a focused link or control that itself holds a mark (not a whole section) opens its card.
      if (target === this.deps.doc.body || (target.textContent?.length ?? 0) > 400) return;
      // The claim's card (verdict first), not the card of the authority named in the same link.
      const held = this.marks.filter((m) => this.isPainted(m) && target.contains(m.range.startContainer));
      const mark = held.find((m) => m.claim) ?? held[0];
      if (mark && this.card?.mark !== mark) this.openCard(mark, false, false, target);
    });
  };

  /** Focus left something: once it settles, a focus-owned card closes unless focus is on its mark or in it. */
  private readonly onFocusOut = (): void => {
    clearTimeout(this.focusCheck);
    this.focusCheck = setTimeout(
      () =>
        this.guard(() => {
          const card = this.card;
          if (!card || !card.focusOwned) return;
          const { doc } = this.deps;
          const active = deepActiveElement(doc);
          const inside = !!active && (active === card.anchor || card.element.contains(active));
          if (!inside || !doc.hasFocus()) this.closeCard(false);
        }),
      0,
    );
  };

  /** The visible mark under a viewport point (claims before mentions), if any. */
  private markAt(x: number, y: number): Mark | null {
    const doc = this.deps.doc as Document & {
      caretPositionFromPoint?: (x: number, y: number, options?: { shadowRoots: ShadowRoot[] }) => { offsetNode: Node } | null;
      caretRangeFromPoint?: (x: number, y: number) => Range | null;
    };
    // Named shadow roots let the caret land on text inside them (else it stops at the host).
    const shadowRoots = [...this.shadowRoots].filter((root) => root.host.isConnected);
    const node = doc.caretPositionFromPoint
      ? doc.caretPositionFromPoint(x, y, { shadowRoots })?.offsetNode
      : doc.caretRangeFromPoint?.(x, y)?.startContainer;
    const candidates =
      node === undefined && !doc.caretPositionFromPoint && !doc.caretRangeFromPoint
        ? this.marks
        : (this.byNode.get(node as Text) ?? []);
    const hits = candidates.filter(
      (m) =>
        this.isPainted(m) &&
        Array.from(m.range.getClientRects()).some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom),
    );
    return hits.find((m) => m.claim) ?? hits[0] ?? null;
  }

  private openCard(mark: Mark, pinned: boolean, focus: boolean, anchor: Element | null = null): void {
    const { doc } = this.deps;
    const returnFocus = this.card?.returnFocus ?? (focus ? doc.activeElement : null);
    this.closeCard(false);
    const claim = mark.claim;
    const ui = uiHost(doc);
    const claimCount = this.marks.filter((m) => m.claim && m.claim.authority === mark.authority).length;
    const content = {
      authorityId: mark.authority,
      authority: this.authorities[mark.authority],
      claim: mark.claim,
      inspections: this.inspections,
      claimCount,
      suggested: mark.claim?.suggestion ? this.authorities[mark.claim.suggestion.authority] : undefined,
      asOf: this.asOf,
      others: claim
        ? this.overlappingClaims(mark)
            .map((m) => m.claim!)
            .sort((a, b) => compareVerdicts(a.verdict, b.verdict))
        : [],
    };
    const element = buildCard(doc, content, {
      onClose: () => this.guard(() => this.closeCard(true)),
      onNext: () => this.guard(() => this.moveToMark(1)),
      onPrevious: () => this.guard(() => this.moveToMark(-1)),
      onDismiss: claim ? () => this.guard(() => this.dismiss(mark)) : undefined,
    });
    element.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.stopPropagation();
        this.guard(() => this.closeCard(true));
      }
    });
    element.addEventListener('pointerleave', () => {
      if (this.card && !this.card.pinned) {
        clearTimeout(this.hoverTimer);
        this.hoverTimer = setTimeout(() => this.guard(() => this.closeCard(false)), 300);
      }
    });
    ui.cardLayer.replaceChildren(element);
    const view = doc.defaultView!;
    placeCard(element, mark.range.getBoundingClientRect(), view);
    ui.live.textContent = cardAnnouncement(content);
    const stopFollowing = followMark(
      view,
      () => (mark.range.startContainer.isConnected ? mark.range.getBoundingClientRect() : null),
      element,
      () => this.guard(() => this.closeCard(this.card?.element.contains(deepActiveElement(doc)) ?? false)),
    );
    this.card = { mark, element, pinned, returnFocus, anchor, focusOwned: anchor !== null || focus, stopFollowing };
    if (focus) element.focus({ preventScroll: true });
  }

  /** "Not a claim": the mark goes now, and the content script remembers it for this page's address. */
  private dismiss(mark: Mark): void {
    if (!mark.claim) return;
    const key = claimKey(mark.claim, mark.sentence);
    this.closeCard(true);
    this.dismissed = new Set([...this.dismissed, key]);
    this.repaint();
    this.deps.onDismiss?.(key);
  }

  private closeCard(restoreFocus: boolean): void {
    if (!this.card) return;
    const { element, returnFocus, stopFollowing } = this.card;
    this.card = null;
    stopFollowing();
    element.remove();
    const ui = existingUiHost();
    if (ui) ui.live.textContent = '';
    if (restoreFocus && returnFocus instanceof HTMLElement && returnFocus.isConnected) {
      this.restoringFocus = true;
      try {
        returnFocus.focus({ preventScroll: true });
      } finally {
        this.restoringFocus = false;
      }
    }
  }
}
