/**
 * Keyboard flow around a card: the card lives in the extension's shadow root at
 * the end of the document, so Tab would reach it last. These helpers let Tab go
 * from the mark into the card and from the card on to whatever follows the mark.
 */

const FOCUSABLE = 'a[href], button, input, select, textarea, summary, [tabindex], [contenteditable]';

/** Elements Tab stops on, in document order (positive tabindex is rare on news pages and treated as 0). */
function tabbables(doc: Document): HTMLElement[] {
  return Array.from(doc.querySelectorAll<HTMLElement>(FOCUSABLE)).filter(
    (el) =>
      el.tabIndex >= 0 &&
      !(el as HTMLButtonElement).disabled &&
      !el.closest('[inert]') &&
      el.getClientRects().length > 0 &&
      (typeof el.checkVisibility !== 'function' || el.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions)),
  );
}

/** The first tabbable element after `node` (and not inside it), or null. */
export function tabbableAfter(doc: Document, node: Node): HTMLElement | null {
  return tabbables(doc).find((el) => !el.contains(node) && !!(node.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING)) ?? null;
}

/** The last tabbable element before `node`, or null. */
export function tabbableBefore(doc: Document, node: Node): HTMLElement | null {
  const before = tabbables(doc).filter(
    (el) => !!(node.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING) && !el.contains(node),
  );
  return before[before.length - 1] ?? null;
}

/** The card's own controls, in order. */
export function cardControls(card: HTMLElement): HTMLElement[] {
  return Array.from(card.querySelectorAll<HTMLElement>('a[href], button'));
}

/** True when typing goes into `target` (a form field or editable text): shortcuts must leave it alone. */
export function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    return !['button', 'checkbox', 'radio', 'submit', 'reset', 'image', 'range', 'color', 'file'].includes(target.type);
  }
  return target instanceof HTMLElement && target.isContentEditable;
}

/** The focused element, looking through open shadow roots. */
export function deepActiveElement(doc: Document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
