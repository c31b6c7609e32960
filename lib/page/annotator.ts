/**
 * Marks a page: walks its visible text, asks (through `analyse`) what the engine
 * finds whenever the cheap names prefilter sees a name, turns the findings into
 * Ranges, paints them, opens cards on hover, focus, click or the keyboard
 * shortcut, and re-scans only what changes. The page's text and structure are
 * never changed; every error is caught here and never reaches the page.
 */
import type { AnalyseResponse, AuthoritySummary, InspectionSummary, PageFindings } from '../messaging';
import type { ArticleDate, Claim } from '../engine/types';
import type { MarkChoice } from '../storage';
import { claimKey } from '../ui/claim-key';
import { TextWalk } from './walker';
import { textVisibility } from './visibility';
import { ANALYSE_CHUNK, pieces, sentenceAround } from './spans';
import { Segments, locate } from './segments';
import { Painter } from './painter';
import { Slicer, afterPaint } from './slices';
import { removeUiHost } from './host';
import { MarkList, markListLabel } from './mark-list';
import { authorityLineFor, backgroundBehind } from './contrast';
import { findArticle, landmarkArticle, type ArticleTest, type FoundArticle, type WalkedNodes } from './article-scope';
import { MAX_ARTICLE_SPANS, MAX_URL, articleSpans, spansWithin, type Span } from './article-spans';
import { DEBUG_ATTRIBUTE } from './debug';
import { MarkStore, type Mark } from './marks';
import { PageWatcher, type Schedule } from './watch';
import { CardController } from './card-controller';

/** Article scoping without Readability (the extension passes one that loads it). */
const landmarksOnly: NonNullable<AnnotatorDeps['findArticle']> = (doc, walked, landmarks) =>
  findArticle(doc, walked, async () => null, landmarks);

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
  /** The timer for re-scans (the content script's is cancelled with its context); default setTimeout. */
  schedule?: Schedule;
  /** The reader said a marked claim is not a claim ("Not a claim" on its card): remember its key. */
  onDismiss?(key: string): void;
  /** Tells the article's own text from the site around it (default: lib/page/article-scope.ts's landmarks, no Readability). */
  findArticle?(doc: Document, walked: { text: string; nodes: WalkedNodes }, landmarks: ArticleTest | null): Promise<FoundArticle>;
}

/** The first scan's root and spans, the prefilter and a repaint: what the debug pages' benchmark re-runs. */
export interface BenchTarget {
  root: Node;
  spans: { start: number; end: number }[];
  mayMention(text: string): boolean;
  repaint(): void;
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

/**
 * The orchestrator: scans (walk, prefilter, the article's scope, the engine, locating the
 * findings) into the mark store, paints it, and hands page changes (PageWatcher) back to
 * the scan and marks to the card controller.
 */
export class Annotator {
  private readonly marks = new MarkStore();
  private readonly authorities: Record<string, AuthoritySummary> = {};
  private readonly inspections: Record<string, InspectionSummary> = {};
  /** The dataset's as-of date, from the background's answers, for the card. */
  private asOf: string | undefined;
  private published: ArticleDate | null = null;
  private context: { published: string | null; title: string | null } | null = null;
  /** Which text is the article's, found once per page on the first scan that finds a name. */
  private article: Promise<FoundArticle | null> | null = null;
  /**
   * The landmarks' test of which text is the article's (lib/page/article-scope.ts), made before
   * a walk so that the walk works out its spans as it goes.
   */
  private landmarks: ArticleTest | null = null;
  private readonly painter: Painter;
  private readonly watcher: PageWatcher;
  private readonly cards: CardController;
  private readonly markList: MarkList;
  private running = false;
  private generation = 0;
  private queue: Promise<void> = Promise.resolve();
  /** The authority underline for this page's background, once read (see `authorityStyle`). */
  private authorityLine: 'authority' | 'authority-dark' | null = null;
  private lastCounts = '';
  /** Main-thread time, for the budgets (see `timings`). */
  private readonly slicer = new Slicer();
  private scans = 0;
  private readonly phases = { walk: 0, prefilter: 0, locate: 0, paint: 0 };
  /** The first scan's root and spans, kept for `benchTarget`. */
  private firstScan: { root: Node; spans: { start: number; end: number }[] } | null = null;

  constructor(private readonly deps: AnnotatorDeps) {
    this.painter = new Painter(deps.doc);
    const guard = (work: () => void) => this.guard(work);
    this.watcher = new PageWatcher((roots) => this.rescan(roots), guard, deps.debounceMs, deps.schedule);
    this.cards = new CardController({
      doc: deps.doc,
      marks: this.marks,
      records: () => ({ authorities: this.authorities, inspections: this.inspections, asOf: this.asOf }),
      shadowRoots: () => this.watcher.shadowRoots,
      guard,
      dismiss: (mark) => this.dismiss(mark),
    });
    this.markList = new MarkList(deps.doc, (mark) => this.guard(() => this.cards.show(mark)));
  }

  /** Starts marking: one scan of the whole page, then watches it for changes. */
  start(markChoice: MarkChoice): Promise<void> {
    this.marks.choice = markChoice;
    if (this.running) return this.queue;
    this.running = true;
    const generation = ++this.generation;
    const { doc } = this.deps;
    this.watcher.start(doc);
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
    this.watcher.stop();
    this.authorityLine = null;
    this.cards.stop();
    this.marks.clear();
    this.painter.clear();
    this.markList.remove();
    removeUiHost();
    this.updateCounts();
  }

  /** Shows marks for every claim, or only for those that need attention. */
  setMarkChoice(choice: MarkChoice): void {
    if (choice === this.marks.choice) return;
    this.marks.choice = choice;
    this.closeCardIfHidden();
    this.repaint();
  }

  /** Resolves when every scan queued so far has finished. */
  idle(): Promise<void> {
    return this.queue;
  }

  /** What is marked, for the popup's "On this page". */
  findings(url: string, active: boolean): PageFindings {
    const mentions = new Map<string, number>();
    const claims: { claim: Claim; sentence: string }[] = [];
    for (const mark of this.marks.all) if (!mark.claim) mentions.set(mark.authority, (mentions.get(mark.authority) ?? 0) + 1);
    for (const mark of this.marks.listedClaims()) claims.push({ claim: mark.claim!, sentence: mark.sentence });
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
      marks: this.marks.all.length,
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
    if (!this.marks.setDismissed(keys)) return;
    this.closeCardIfHidden();
    if (this.marks.all.length > 0) this.repaint();
  }

  /** The browser's "next mark" command (rebindable): ignored while the reader types in a field. */
  nextMarkCommand(): void {
    this.guard(() => this.cards.nextMarkCommand());
  }

  /**
   * The popup's "show me": scrolls to the `index`-th claim of the page's findings and opens
   * its card with focus in it. False when there is no such claim any more.
   */
  showClaim(index: number): boolean {
    const mark = this.marks.listedClaims()[index];
    if (!mark) return false;
    this.cards.show(mark);
    return true;
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
      // Made afresh for each walk until a scan finds a name and the article is settled (a page
      // may build its article after the first scan), then kept with it.
      if (!this.article) this.landmarks = landmarkArticle(this.deps.doc);
      const walk = new TextWalk(root, new Segments(), this.landmarks);
      while (!walk.step(slicer.shouldYield)) {
        this.phases.walk += performance.now() - t;
        await slicer.yield();
        t = performance.now();
        if (generation !== this.generation) return;
      }
      this.phases.walk += performance.now() - t;
      this.watcher.watchShadowRoots(walk.shadowRoots);
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
      this.article ??= (this.deps.findArticle ?? landmarksOnly)(this.deps.doc, { text, nodes: segments }, this.landmarks).catch(
        (error: unknown) => {
          this.fail(error);
          return null;
        },
      );
      const scope = await this.article;
      slicer.begin();
      if (generation !== this.generation) return;
      // The landmarks' spans were worked out by the walk (asking a big page for each node again
      // costs as much as the walk); Readability's, known only now, on a page small enough for it.
      const inArticle = !scope?.test
        ? null
        : scope.how === 'landmarks'
          ? walk.article
          : await articleSpans({ text, segments }, scope.test, slicer);
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
      // In text order, so the offset table finds each span's nodes by walking on from the last
      // (lib/page/segments.ts keeps one node in 32): the engine lists names, then claims.
      spans.sort((a, b) => a.start - b.start);
      this.firstScan ??= { root, spans };
      let added = 0;
      t = performance.now();
      const shown = textVisibility();
      for (const span of spans) {
        const located = locateShown(segments, span, shown);
        if (!located || this.marks.has(located.range, span.authority, span.claim)) continue;
        const sentence = span.claim ? sentenceAround(text, span.start, span.end) : '';
        this.marks.add({ range: located.range, nodes: located.nodes, sentence, authority: span.authority, claim: span.claim });
        added++;
        if ((added & 127) === 0 && slicer.shouldYield()) await slicer.yield();
      }
      if (generation !== this.generation) return;
      this.phases.locate += performance.now() - t;
      t = performance.now();
      if (added > 0) {
        this.marks.sort();
        this.repaint();
        this.cards.listen(true);
      }
      this.phases.paint += performance.now() - t;
    } finally {
      slicer.end();
    }
  }

  // ---- painting ----

  private repaint(): void {
    this.marks.updateCovered();
    const authority = this.marks.all.some((m) => !m.claim) ? this.authorityStyle() : 'authority';
    this.painter.paint(
      this.marks.all
        .filter((mark) => this.marks.isPainted(mark))
        .map((mark) => ({ range: mark.range, style: mark.claim ? mark.claim.verdict : authority })),
    );
    this.markList.update(
      this.marks.listedClaims().filter((mark) => this.marks.isPainted(mark)),
      (mark) => markListLabel(mark, this.authorities, this.inspections),
    );
    this.updateCounts();
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
    this.authorityLine =
      view && at && authorityLineFor(backgroundBehind(at, view, new WeakMap())) === 'dark' ? 'authority-dark' : 'authority';
    return this.authorityLine;
  }

  private updateCounts(): void {
    const counts = this.marks.counts();
    const key = `${counts.claims}/${counts.attention}`;
    if (key === this.lastCounts) return;
    this.lastCounts = key;
    this.deps.onCounts(counts);
  }

  // ---- dynamic pages ----

  /** Marks on text that has gone (or changed) are dropped, and what changed is scanned again. */
  private rescan(roots: Node[]): void {
    const closeIfOpen = (mark: Mark) => {
      if (this.cards.openMark === mark) this.cards.close(false);
    };
    let changed = this.marks.remove((mark) => !mark.nodes.every((n) => n.isConnected) || mark.range.collapsed, closeIfOpen);
    const top = roots.filter((root) => !roots.some((other) => other !== root && other.contains(root)));
    for (const root of top) {
      const isOld = this.marks.all.some((m) => root.contains(m.range.startContainer));
      if (isOld) changed = this.marks.remove((m) => root.contains(m.range.startContainer), closeIfOpen) || changed;
      this.enqueue(this.generation, root);
    }
    if (changed) this.repaint();
  }

  // ---- cards ----

  private closeCardIfHidden(): void {
    const open = this.cards.openMark;
    if (open && !this.marks.isShown(open)) this.cards.close(false);
  }

  /** "Not a claim": the mark goes now, and the content script remembers it for this page's address. */
  private dismiss(mark: Mark): void {
    if (!mark.claim) return;
    const key = claimKey(mark.claim, mark.sentence);
    this.cards.close(true);
    this.marks.dismiss(key);
    this.repaint();
    this.deps.onDismiss?.(key);
  }
}
