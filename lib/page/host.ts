/**
 * The extension's one element in a page: an empty custom-named host, added only
 * when something must be drawn, holding a shadow root with the card, the live
 * region for screen readers and (where the Highlight API is missing) the mark
 * overlay. The page's own text and structure are never touched.
 */
import { UI_HOST_TAG } from './walker';
import { CARD_CSS } from './styles';

/** The parts of the UI that live inside the shadow root. */
export interface UiHost {
  host: HTMLElement;
  root: ShadowRoot;
  /** Overlay boxes for marks, where CSS highlights are not available. */
  overlay: HTMLElement;
  /** Where the card is drawn. */
  cardLayer: HTMLElement;
  /** Polite live region: what the card says, for screen readers. */
  live: HTMLElement;
}

let current: UiHost | null = null;

/** The UI host for this document, created (and appended to <html>) on first use. */
export function uiHost(doc: Document): UiHost {
  if (current && current.host.ownerDocument === doc && current.host.isConnected) return current;
  const host = doc.createElement(UI_HOST_TAG);
  // Our own element: take it out of the page's layout and styles.
  host.style.cssText = 'all: initial; position: absolute; top: 0; left: 0; width: 0; height: 0; z-index: 2147483647;';
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = CARD_CSS;
  const overlay = doc.createElement('div');
  overlay.className = 'overlay';
  const cardLayer = doc.createElement('div');
  const live = doc.createElement('div');
  live.className = 'visually-hidden';
  live.setAttribute('aria-live', 'polite');
  live.setAttribute('role', 'status');
  root.append(style, overlay, cardLayer, live);
  doc.documentElement.append(host);
  current = { host, root, overlay, cardLayer, live };
  return current;
}

/** The UI host if it exists, without creating one. */
export function existingUiHost(): UiHost | null {
  return current && current.host.isConnected ? current : null;
}

/** Removes the UI host (when the extension is paused or unloaded). */
export function removeUiHost(): void {
  current?.host.remove();
  current = null;
}

/** True when `target` is our host or inside it. */
export function isInUi(target: EventTarget | null): boolean {
  if (!current || !(target instanceof Node)) return false;
  // contains() stops at the shadow boundary: a node inside the card is in the UI too.
  return target === current.host || current.host.contains(target) || target.getRootNode() === current.root;
}
