/**
 * Draws marks without touching the page: CSS Custom Highlight API ranges where
 * the browser has it (`ofsted-lens-authority`, `ofsted-lens-<verdict>`, styled by
 * highlightCss(), which the manifest's stylesheet holds), else
 * overlay boxes inside the extension's shadow root placed from the ranges'
 * client rectangles. `::highlight()` rules do not reach into a page's shadow
 * trees, so an open shadow root with marks in it adopts a constructed stylesheet
 * of the same rules (no node is added; it is taken out again when marks are cleared).
 */
import type { Verdict } from '../engine/types';
import { VERDICTS } from '../engine/types';
import { AUTHORITY_DARK_HIGHLIGHT, AUTHORITY_HIGHLIGHT, VERDICT_COLOURS, verdictHighlightName } from '../ui/verdicts';
import { AUTHORITY_LINE } from './contrast';
import { uiHost, existingUiHost } from './host';
import { highlightCss } from './styles';

/** One mark on the page: an authority mention or a claim. */
export interface PaintedMark {
  range: Range;
  /** `authority` for a mention (`authority-dark` on a dark background), else the claim's verdict. */
  style: 'authority' | 'authority-dark' | Verdict;
}

interface HighlightRegistryLike {
  set(name: string, highlight: unknown): void;
  delete(name: string): boolean;
}

function registry(view: Window): { highlights: HighlightRegistryLike; Highlight: new (...ranges: Range[]) => { priority: number } } | null {
  const css = (view as unknown as { CSS?: { highlights?: HighlightRegistryLike } }).CSS;
  const Highlight = (view as unknown as { Highlight?: new (...ranges: Range[]) => { priority: number } }).Highlight;
  return css?.highlights && Highlight ? { highlights: css.highlights, Highlight } : null;
}

const NAMES = [AUTHORITY_HIGHLIGHT, AUTHORITY_DARK_HIGHLIGHT, ...VERDICTS.map(verdictHighlightName)];

function highlightName(style: PaintedMark['style']): string {
  return style === 'authority' ? AUTHORITY_HIGHLIGHT : style === 'authority-dark' ? AUTHORITY_DARK_HIGHLIGHT : verdictHighlightName(style);
}

/** A constructed stylesheet of the highlight rules, or null where the browser cannot make one. */
function newHighlightSheet(): CSSStyleSheet | null {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(highlightCss());
    return sheet;
  } catch {
    return null;
  }
}

/** Paints and clears marks for one document. */
export class Painter {
  private marks: PaintedMark[] = [];
  private frame = 0;
  private highlightsFailed = false;
  /** The highlight rules as a constructed stylesheet, for shadow roots (null where unsupported). */
  private sheet: CSSStyleSheet | null | undefined;
  private readonly styled = new Set<ShadowRoot>();
  private readonly onViewportChange = () => this.scheduleOverlay();

  constructor(private readonly doc: Document) {}

  /** Whether this browser draws marks with CSS highlights (no overlay needed). */
  get usesHighlights(): boolean {
    return !this.highlightsFailed && !!this.doc.defaultView && registry(this.doc.defaultView) !== null;
  }

  /** Replaces every painted mark with `marks`. */
  paint(marks: readonly PaintedMark[]): void {
    this.marks = [...marks];
    const view = this.doc.defaultView;
    const reg = view && !this.highlightsFailed ? registry(view) : null;
    if (reg && this.paintHighlights(reg)) return;
    if (this.marks.length > 0) {
      view?.addEventListener('scroll', this.onViewportChange, { passive: true, capture: true });
      view?.addEventListener('resize', this.onViewportChange, { passive: true });
    }
    this.drawOverlay();
  }

  /** Registers the marks as CSS highlights; false (and overlay from then on) if the browser refuses. */
  private paintHighlights(reg: NonNullable<ReturnType<typeof registry>>): boolean {
    try {
      const groups = new Map<string, Range[]>();
      for (const mark of this.marks) {
        const name = highlightName(mark.style);
        let list = groups.get(name);
        if (!list) groups.set(name, (list = []));
        list.push(mark.range);
      }
      this.styleShadowRoots();
      for (const name of NAMES) {
        const ranges = groups.get(name);
        if (!ranges) {
          reg.highlights.delete(name);
          continue;
        }
        const highlight = new reg.Highlight(...ranges);
        // Claims draw over the mention of the same words.
        highlight.priority = name === AUTHORITY_HIGHLIGHT || name === AUTHORITY_DARK_HIGHLIGHT ? 0 : 1;
        reg.highlights.set(name, highlight);
      }
      return true;
    } catch {
      // E.g. a content-script sandbox that may not hand its Ranges to the page's registry.
      this.highlightsFailed = true;
      for (const name of NAMES) {
        try {
          reg.highlights.delete(name);
        } catch {
          // Nothing was registered.
        }
      }
      return false;
    }
  }

  /** Gives every shadow root holding a mark the highlight rules (again, if the page replaced its sheets). */
  private styleShadowRoots(): void {
    for (const mark of this.marks) {
      const root = mark.range.startContainer.getRootNode();
      if (root.nodeType !== 11 || !(root as ShadowRoot).host) continue;
      const shadow = root as ShadowRoot;
      const sheet = (this.sheet ??= newHighlightSheet());
      if (!sheet || shadow.adoptedStyleSheets.includes(sheet)) continue;
      try {
        shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
        this.styled.add(shadow);
      } catch {
        // A shadow root that refuses the sheet: its marks are registered but unstyled.
      }
    }
  }

  /** Removes every mark and the styles. */
  clear(): void {
    this.paint([]);
    const sheet = this.sheet;
    for (const shadow of this.styled) {
      try {
        if (sheet) shadow.adoptedStyleSheets = shadow.adoptedStyleSheets.filter((s) => s !== sheet);
      } catch {
        // Nothing to take back.
      }
    }
    this.styled.clear();
    const view = this.doc.defaultView;
    view?.removeEventListener('scroll', this.onViewportChange, { capture: true });
    view?.removeEventListener('resize', this.onViewportChange);
  }

  /** Redraws overlay boxes (after layout changes); a no-op with CSS highlights. */
  refresh(): void {
    if (!this.usesHighlights) this.scheduleOverlay();
  }

  private scheduleOverlay(): void {
    const view = this.doc.defaultView;
    if (!view || this.frame) return;
    this.frame = view.requestAnimationFrame(() => {
      this.frame = 0;
      this.drawOverlay();
    });
  }

  private drawOverlay(): void {
    const host = this.marks.length > 0 ? uiHost(this.doc) : existingUiHost();
    if (!host) return;
    const view = this.doc.defaultView;
    const dx = view?.scrollX ?? 0;
    const dy = view?.scrollY ?? 0;
    const boxes: HTMLElement[] = [];
    for (const mark of this.marks) {
      const colours = mark.style === 'authority' || mark.style === 'authority-dark' ? null : VERDICT_COLOURS[mark.style];
      for (const rect of Array.from(mark.range.getClientRects())) {
        if (rect.width === 0 || rect.height === 0) continue;
        const box = this.doc.createElement('div');
        box.className = 'box';
        box.style.left = `${rect.left + dx}px`;
        box.style.top = `${rect.top + dy}px`;
        box.style.width = `${rect.width}px`;
        box.style.height = `${rect.height}px`;
        box.style.borderBottomColor = colours ? colours.line : mark.style === 'authority-dark' ? AUTHORITY_LINE.dark : AUTHORITY_LINE.light;
        box.style.borderBottomStyle = colours ? 'solid' : 'dotted';
        if (colours) box.style.background = colours.mark;
        boxes.push(box);
      }
    }
    host.overlay.replaceChildren(...boxes);
  }
}
