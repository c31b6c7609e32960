/**
 * The small card a mark opens: the authority, its latest grade and date, the
 * claim's verdict in plain words and a link to the report. Built with
 * createElement/textContent only, inside the extension's shadow root.
 */
import type { AuthoritySummary, InspectionSummary } from '../messaging';
import type { Claim } from '../engine/types';
import { checkedAgainstLine, claimWords, latestLine } from '../ui/record-text';
import { VERDICT_COLOURS } from '../ui/verdicts';
import { readerExplanation, verdictLabel } from '../ui/explanation';
import { longDate } from '../dates';
import { dataAgeLine } from '../ui/data-age';

/** What a card shows. */
export interface CardContent {
  /** Authority (or council-not-inspected) id. */
  authorityId: string;
  authority: AuthoritySummary | undefined;
  claim: Claim | null;
  inspections: Record<string, InspectionSummary>;
  /** How many claims about this authority the page has (for mention cards). */
  claimCount: number;
  /** For a wrong-authority claim: the authority whose record it fits. */
  suggested?: AuthoritySummary | undefined;
  /** The dataset's as-of date, shown with its age (lib/ui/data-age.ts). */
  asOf?: string | undefined;
  /** Other claims read in the same words (one word, one mark: the card lists them all). */
  others?: readonly Claim[];
}

/** Callbacks from the card's buttons. */
export interface CardActions {
  onClose(): void;
  onNext(): void;
  onPrevious(): void;
  /** "Not a claim": hide this mark on this page (claims only). */
  onDismiss?(): void;
}

let serial = 0;

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function link(doc: Document, href: string, text: string): HTMLAnchorElement {
  const a = el(doc, 'a', undefined, text);
  a.href = href;
  a.target = '_blank';
  a.rel = 'noopener noreferrer';
  return a;
}

/** The sentence a screen reader hears when the card opens. */
export function cardAnnouncement(content: CardContent): string {
  const name = content.authority?.name ?? content.authorityId;
  if (content.claim)
    return `${name}. ${verdictLabel(content.claim, content.inspections)}. ${readerExplanation(content.claim, content.inspections)}`;
  return content.authority ? `${name}. ${latestLine(content.authority)}` : name;
}

/** Builds the card element (role=dialog, labelled by its heading, described by its verdict). */
export function buildCard(doc: Document, content: CardContent, actions: CardActions): HTMLElement {
  const id = `ol-card-${++serial}`;
  const card = el(doc, 'div', 'card');
  card.setAttribute('role', 'dialog');
  card.setAttribute('aria-labelledby', `${id}-title`);
  card.tabIndex = -1;

  const { authority, claim } = content;
  const title = el(doc, 'h2', undefined, authority?.name ?? content.authorityId);
  title.id = `${id}-title`;
  card.append(title);

  if (claim) {
    const colours = VERDICT_COLOURS[claim.verdict];
    const verdict = el(doc, 'p');
    verdict.id = `${id}-verdict`;
    const chip = el(doc, 'span', 'chip', verdictLabel(claim, content.inspections));
    chip.style.background = colours.chip;
    chip.style.color = colours.chipText;
    verdict.append(chip, doc.createTextNode(' '), el(doc, 'span', 'explanation', readerExplanation(claim, content.inspections)));
    card.setAttribute('aria-describedby', verdict.id);
    const quote = el(doc, 'p', 'quote', `Claim: ${claimWords(claim)}`);
    card.append(verdict, quote);
    const checked = checkedAgainstLine(
      claim,
      claim.inspection ? content.inspections[claim.inspection.id] : undefined,
      content.suggested?.shortName,
    );
    if (checked) card.append(el(doc, 'p', 'latest', checked));
    for (const flag of claim.flags) card.append(el(doc, 'p', 'latest', flag));
    for (const other of content.others ?? []) {
      const also = el(doc, 'p', 'also');
      const otherColours = VERDICT_COLOURS[other.verdict];
      const otherChip = el(doc, 'span', 'chip', verdictLabel(other, content.inspections));
      otherChip.style.background = otherColours.chip;
      otherChip.style.color = otherColours.chipText;
      also.append(
        doc.createTextNode(`Also read in these words: ${claimWords(other)} `),
        otherChip,
        doc.createTextNode(' '),
        el(doc, 'span', 'explanation', readerExplanation(other, content.inspections)),
      );
      card.append(also);
    }
  }
  if (authority) card.append(el(doc, 'p', 'latest', latestLine(authority)));
  if (!claim && content.claimCount > 0) {
    card.append(el(doc, 'p', undefined, `${content.claimCount} grade claim${content.claimCount === 1 ? '' : 's'} about it on this page.`));
  }

  const links = el(doc, 'div', 'links');
  if (claim?.inspection) {
    const whose = content.suggested ? `${content.suggested.shortName}'s report` : 'the report';
    links.append(link(doc, claim.inspection.url, `Read ${whose} (${longDate(claim.inspection.published)})`));
  }
  if (claim?.supersededBy) {
    links.append(link(doc, claim.supersededBy.url, `Later report (${longDate(claim.supersededBy.published)})`));
  }
  if (authority?.kind === 'authority') {
    if (!claim?.inspection && authority.latest) links.append(link(doc, authority.latest.url, 'Read the latest report'));
    if (authority.ofstedPage) links.append(link(doc, authority.ofstedPage, 'Ofsted page'));
  }
  if (links.childElementCount > 0) card.append(links);
  if (content.asOf) card.append(el(doc, 'p', 'age', `${dataAgeLine(content.asOf)}.`));

  const nav = el(doc, 'div', 'nav');
  // Each button's name is its visible text (no aria-label), so speech users can say what they see.
  const button = (text: string, onClick: () => void, title?: string) => {
    const b = el(doc, 'button', undefined, text);
    b.type = 'button';
    if (title) b.title = title;
    b.addEventListener('click', onClick);
    return b;
  };
  if (claim && actions.onDismiss) {
    const dismiss = button('Not a claim', actions.onDismiss, 'Hide this mark on this page');
    dismiss.className = 'dismiss';
    nav.append(dismiss);
  }
  nav.append(
    button('Previous mark', actions.onPrevious),
    button('Next mark', actions.onNext),
    button('Close', actions.onClose, 'Escape also closes'),
  );
  card.append(nav);
  return card;
}

/**
 * Places the card next to a mark's rectangle, inside the viewport: the part of the
 * window the page can use, so a scrollbar never hides the card's right edge.
 */
export function placeCard(card: HTMLElement, anchor: DOMRect, view: Window): void {
  const margin = 8;
  const root = view.document.documentElement;
  const viewWidth = root.clientWidth || view.innerWidth;
  const viewHeight = root.clientHeight || view.innerHeight;
  card.style.maxWidth = `${Math.max(0, viewWidth - 2 * margin)}px`;
  const width = card.offsetWidth || 360;
  const height = card.offsetHeight || 200;
  let left = Math.min(Math.max(margin, anchor.left), viewWidth - width - margin);
  let top = anchor.bottom + margin;
  if (top + height > viewHeight - margin && anchor.top - height - margin >= margin) top = anchor.top - height - margin;
  left = Math.max(margin, left);
  top = Math.max(margin, Math.min(top, viewHeight - height - margin));
  card.style.left = `${Math.round(left)}px`;
  card.style.top = `${Math.round(top)}px`;
}
