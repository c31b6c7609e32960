/**
 * The card on a mark: opened by hover, click, focus, the keyboard shortcut or the popup;
 * hit testing under the pointer; Tab into and out of the card as if it sat right after
 * its mark; closed by Escape, by focus leaving, or when its mark leaves the window.
 */
import type { AuthoritySummary, InspectionSummary } from '../messaging';
import { compareVerdicts } from '../ui/verdicts';
import { buildCard, cardAnnouncement, placeCard } from './card';
import { followMark } from './card-follow';
import { cardControls, deepActiveElement, isEditable, tabbableAfter, tabbableBefore } from './card-focus';
import { existingUiHost, isInUi, uiHost } from './host';
import type { Mark, MarkStore } from './marks';

/** What the cards show besides the mark: the background's summaries and the data's as-of date. */
export interface CardRecords {
  authorities: Record<string, AuthoritySummary>;
  inspections: Record<string, InspectionSummary>;
  asOf: string | undefined;
}

export interface CardControllerDeps {
  doc: Document;
  marks: MarkStore;
  records(): CardRecords;
  /** The open shadow roots the scans went into (the caret may land on text inside them). */
  shadowRoots(): readonly ShadowRoot[];
  /** Runs a callback with its errors caught. */
  guard(work: () => void): void;
  /** "Not a claim" on the card of `mark`. */
  dismiss(mark: Mark): void;
}

export class CardController {
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
  /** Whether the listeners that open cards are on (see `listen`). */
  private listening = false;
  private focusCheck: ReturnType<typeof setTimeout> | undefined;
  private hoverTimer: ReturnType<typeof setTimeout> | undefined;
  private pointerFrame = 0;
  private lastPointer: { x: number; y: number } | null = null;
  private restoringFocus = false;

  constructor(private readonly deps: CardControllerDeps) {}

  /** The mark whose card is open, if any. */
  get openMark(): Mark | null {
    return this.card?.mark ?? null;
  }

  /**
   * Adds (or removes) the pointer, click, key and focus listeners that open cards. They are
   * added with the first mark, so a page that names no authority gets no listener at all.
   */
  listen(on: boolean): void {
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

  /** Stops listening, cancels pending timers and closes the card. */
  stop(): void {
    clearTimeout(this.hoverTimer);
    clearTimeout(this.focusCheck);
    this.listen(false);
    this.close(false);
  }

  /** The browser's "next mark" command (rebindable): ignored while the reader types in a field. */
  nextMarkCommand(): void {
    if (isEditable(deepActiveElement(this.deps.doc))) return;
    this.moveToMark(1);
  }

  /** Scrolls to `mark` and opens its card with focus in it (the popup's "show me"). */
  show(mark: Mark): void {
    mark.range.startContainer.parentElement?.scrollIntoView({ block: 'center', inline: 'nearest' });
    this.open(mark, true, true);
  }

  /** Opens the card on the next (or previous) visible mark, scrolls to it and focuses the card. */
  moveToMark(step: 1 | -1): void {
    const { marks } = this.deps;
    const visible = marks.all.filter((m) => marks.isPainted(m) && !marks.isInsideClaim(m));
    if (visible.length === 0) return;
    const at = this.card ? visible.indexOf(this.card.mark) : -1;
    const next = at === -1 ? (step === 1 ? 0 : visible.length - 1) : (at + step + visible.length) % visible.length;
    const mark = visible[next]!;
    const target = mark.range.startContainer.parentElement;
    target?.scrollIntoView({ block: 'center', inline: 'nearest' });
    this.open(mark, true, true);
  }

  private readonly onPointerMove = (event: PointerEvent): void => {
    this.lastPointer = { x: event.clientX, y: event.clientY };
    if (this.pointerFrame || this.deps.marks.all.length === 0) return;
    this.pointerFrame = this.deps.doc.defaultView!.requestAnimationFrame(() => {
      this.pointerFrame = 0;
      this.deps.guard(() => this.onHover(event.composedPath()[0] ?? null));
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
      this.hoverTimer = setTimeout(() => this.deps.guard(() => this.open(mark, false, false)), 120);
    } else if (this.card && !this.card.pinned) {
      this.hoverTimer = setTimeout(() => this.deps.guard(() => this.close(false)), 300);
    }
  }

  private readonly onClick = (event: MouseEvent): void => {
    this.deps.guard(() => {
      if (isInUi(event.composedPath()[0] ?? null)) return;
      const mark = this.deps.marks.all.length > 0 ? this.markAt(event.clientX, event.clientY) : null;
      if (mark) this.open(mark, true, false);
      else if (this.card) this.close(false);
    });
  };

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    this.deps.guard(() => {
      if (event.key === 'Escape' && this.card) this.close(true);
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
      this.close(false);
      next.focus();
    } else if (event.shiftKey && at <= 0) {
      const previous = card.anchor instanceof HTMLElement ? card.anchor : tabbableBefore(doc, card.mark.range.startContainer);
      if (!previous) return;
      event.preventDefault();
      if (previous !== card.anchor) this.close(false);
      previous.focus();
    }
  }

  private readonly onFocusIn = (event: FocusEvent): void => {
    this.deps.guard(() => {
      const { marks } = this.deps;
      const target = event.target;
      if (this.restoringFocus || !(target instanceof Element) || marks.all.length === 0) return;
      if (isInUi(target)) {
        if (this.card) this.card.focusOwned = true;
        return;
      }
      if (this.card && this.card.focusOwned && target !== this.card.anchor) this.close(false);
      // Only a focused link or control that itself holds a mark (not a whole section) opens its card.
      if (target === this.deps.doc.body || (target.textContent?.length ?? 0) > 400) return;
      // The claim's card (verdict first), not the card of the authority named in the same link.
      const held = marks.all.filter((m) => marks.isPainted(m) && target.contains(m.range.startContainer));
      const mark = held.find((m) => m.claim) ?? held[0];
      if (mark && this.card?.mark !== mark) this.open(mark, false, false, target);
    });
  };

  /** Focus left something: once it settles, a focus-owned card closes unless focus is on its mark or in it. */
  private readonly onFocusOut = (): void => {
    clearTimeout(this.focusCheck);
    this.focusCheck = setTimeout(
      () =>
        this.deps.guard(() => {
          const card = this.card;
          if (!card || !card.focusOwned) return;
          const { doc } = this.deps;
          const active = deepActiveElement(doc);
          const inside = !!active && (active === card.anchor || card.element.contains(active));
          if (!inside || !doc.hasFocus()) this.close(false);
        }),
      0,
    );
  };

  /** The visible mark under a viewport point (claims before mentions), if any. */
  private markAt(x: number, y: number): Mark | null {
    const { marks } = this.deps;
    const doc = this.deps.doc as Document & {
      caretPositionFromPoint?: (x: number, y: number, options?: { shadowRoots: ShadowRoot[] }) => { offsetNode: Node } | null;
      caretRangeFromPoint?: (x: number, y: number) => Range | null;
    };
    // Named shadow roots let the caret land on text inside them (else it stops at the host).
    const shadowRoots = this.deps.shadowRoots().filter((root) => root.host.isConnected);
    const node = doc.caretPositionFromPoint
      ? doc.caretPositionFromPoint(x, y, { shadowRoots })?.offsetNode
      : doc.caretRangeFromPoint?.(x, y)?.startContainer;
    const candidates = node === undefined && !doc.caretPositionFromPoint && !doc.caretRangeFromPoint ? marks.all : marks.on(node as Text);
    const hits = candidates.filter(
      (m) =>
        marks.isPainted(m) && Array.from(m.range.getClientRects()).some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom),
    );
    return hits.find((m) => m.claim) ?? hits[0] ?? null;
  }

  private open(mark: Mark, pinned: boolean, focus: boolean, anchor: Element | null = null): void {
    const { doc, marks, guard } = this.deps;
    const { authorities, inspections, asOf } = this.deps.records();
    const returnFocus = this.card?.returnFocus ?? (focus ? doc.activeElement : null);
    this.close(false);
    const claim = mark.claim;
    const ui = uiHost(doc);
    const claimCount = marks.all.filter((m) => m.claim && m.claim.authority === mark.authority).length;
    const content = {
      authorityId: mark.authority,
      authority: authorities[mark.authority],
      claim: mark.claim,
      inspections,
      claimCount,
      suggested: mark.claim?.suggestion ? authorities[mark.claim.suggestion.authority] : undefined,
      asOf,
      others: claim
        ? marks
            .overlappingClaims(mark)
            .map((m) => m.claim!)
            .sort((a, b) => compareVerdicts(a.verdict, b.verdict))
        : [],
    };
    const element = buildCard(doc, content, {
      onClose: () => guard(() => this.close(true)),
      onNext: () => guard(() => this.moveToMark(1)),
      onPrevious: () => guard(() => this.moveToMark(-1)),
      onDismiss: claim ? () => guard(() => this.deps.dismiss(mark)) : undefined,
    });
    element.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.stopPropagation();
        guard(() => this.close(true));
      }
    });
    element.addEventListener('pointerleave', () => {
      if (this.card && !this.card.pinned) {
        clearTimeout(this.hoverTimer);
        this.hoverTimer = setTimeout(() => guard(() => this.close(false)), 300);
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
      () => guard(() => this.close(this.card?.element.contains(deepActiveElement(doc)) ?? false)),
    );
    this.card = { mark, element, pinned, returnFocus, anchor, focusOwned: anchor !== null || focus, stopFollowing };
    if (focus) element.focus({ preventScroll: true });
  }

  /** Closes the card, giving focus back to where it was when `restoreFocus`. */
  close(restoreFocus: boolean): void {
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
