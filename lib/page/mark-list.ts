/**
 * The marks' own semantics for assistive technology. A CSS highlight is paint only: a
 * screen reader cannot tell which words are marked, or what the mark says. So the UI's
 * shadow root also holds a navigation landmark, "Ofsted Lens: claims marked on this page",
 * listing each painted claim in page order as a button (authority, verdict, the words):
 * reachable by landmark or heading navigation, and by Tab after the page's own content.
 * Choosing one scrolls to its mark and opens its card, as the popup's list does. The list
 * is visually hidden; a focused button shows itself, so sighted keyboard users see where
 * they are.
 */
import type { AuthoritySummary, InspectionSummary } from '../messaging';
import { verdictLabel } from '../ui/explanation';
import { shortQuote } from '../ui/claim-groups';
import { uiHost } from './host';
import type { Mark } from './marks';

/** The most claims listed; the rest are counted, and the toolbar popup lists them all. */
export const MARK_LIST_MAX = 100;

/** What one claim's button says: whose claim, the verdict, and its words. */
export function markListLabel(
  mark: Mark,
  authorities: Readonly<Record<string, AuthoritySummary>>,
  inspections: Readonly<Record<string, InspectionSummary>>,
): string {
  const claim = mark.claim;
  const name = authorities[mark.authority]?.name ?? mark.authority;
  if (!claim) return name;
  return `${name}: ${verdictLabel(claim, inspections)}. “${shortQuote(mark.sentence || claim.text, claim.text, 120)}”`;
}

export class MarkList {
  private nav: HTMLElement | null = null;
  /** The labels last drawn, so an unchanged list is not rebuilt on every repaint. */
  private drawn = '';

  constructor(
    private readonly doc: Document,
    private readonly choose: (mark: Mark) => void,
  ) {}

  /** Lists `claims` (in page order), or removes the list when there are none. */
  update(claims: readonly Mark[], label: (mark: Mark) => string): void {
    const shown = claims.slice(0, MARK_LIST_MAX);
    const labels = shown.map(label);
    const key = `${claims.length}\u0000${labels.join('\u0000')}`;
    if (key === this.drawn && this.nav?.isConnected) return;
    this.drawn = key;
    if (claims.length === 0) {
      this.remove();
      return;
    }
    const ui = uiHost(this.doc);
    const nav = this.nav?.isConnected ? this.nav : this.doc.createElement('nav');
    if (nav !== this.nav) {
      nav.className = 'mark-list';
      nav.setAttribute('aria-label', 'Ofsted Lens: claims marked on this page');
      ui.root.append(nav);
      this.nav = nav;
    }
    const heading = this.doc.createElement('h2');
    heading.textContent = `Ofsted Lens: ${claims.length} ${claims.length === 1 ? 'claim' : 'claims'} marked on this page`;
    const list = this.doc.createElement('ol');
    shown.forEach((mark, k) => {
      const item = this.doc.createElement('li');
      const button = this.doc.createElement('button');
      button.type = 'button';
      button.textContent = labels[k]!;
      button.addEventListener('click', () => this.choose(mark));
      item.append(button);
      list.append(item);
    });
    if (claims.length > shown.length) {
      const more = this.doc.createElement('li');
      more.textContent = `and ${claims.length - shown.length} more: the Ofsted Lens toolbar button lists them all.`;
      list.append(more);
    }
    nav.replaceChildren(heading, list);
  }

  /** Removes the list (the page has no claims any more, or the extension stops). */
  remove(): void {
    this.nav?.remove();
    this.nav = null;
    this.drawn = '';
  }
}
