/**
 * Keeps an open card beside its mark while the page scrolls or resizes (the card
 * is position: fixed, so without this it would stay put over unrelated text), and
 * closes it once the mark has left the viewport, as an anchored popover would.
 */
import { placeCard } from './card';

/** Starts following; returns the function that stops. */
export function followMark(view: Window, anchor: () => DOMRect | null, card: HTMLElement, onGone: () => void): () => void {
  let frame = 0;
  const update = () => {
    frame = 0;
    const rect = anchor();
    const root = view.document.documentElement;
    const width = root.clientWidth || view.innerWidth;
    const height = root.clientHeight || view.innerHeight;
    const gone =
      !rect || (rect.width === 0 && rect.height === 0) || rect.bottom < 0 || rect.top > height || rect.right < 0 || rect.left > width;
    if (gone) onGone();
    else placeCard(card, rect, view);
  };
  const schedule = (event: Event) => {
    // Scrolling inside the card itself moves nothing.
    if (event.type === 'scroll' && event.target instanceof Node && card.contains(event.target)) return;
    if (!frame) frame = view.requestAnimationFrame(update);
  };
  view.addEventListener('scroll', schedule, { passive: true, capture: true });
  view.addEventListener('resize', schedule, { passive: true });
  return () => {
    view.removeEventListener('scroll', schedule, { capture: true });
    view.removeEventListener('resize', schedule);
    if (frame) view.cancelAnimationFrame(frame);
    frame = 0;
  };
}
