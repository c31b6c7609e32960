/**
 * The CSS the content script needs: highlight styles (one per registered
 * highlight; the build writes them as the manifest's content-script stylesheet,
 * modules/highlight-styles.ts, so no node enters the page, and the painter adopts
 * them into shadow roots) and the card's styles inside the shadow root.
 */
import { VERDICTS } from '../engine/types';
import { AUTHORITY_DARK_HIGHLIGHT, AUTHORITY_HIGHLIGHT, VERDICT_COLOURS, verdictHighlightName } from '../ui/verdicts';
import { AUTHORITY_LINE } from './contrast';

/** `::highlight()` rules: a dotted underline for mentions, a tint and underline per verdict. */
export function highlightCss(): string {
  const rules = [
    `::highlight(${AUTHORITY_HIGHLIGHT}) { text-decoration: underline dotted ${AUTHORITY_LINE.light}; text-decoration-thickness: 2px; text-underline-offset: 3px; }`,
    `::highlight(${AUTHORITY_DARK_HIGHLIGHT}) { text-decoration: underline dotted ${AUTHORITY_LINE.dark}; text-decoration-thickness: 2px; text-underline-offset: 3px; }`,
  ];
  for (const verdict of VERDICTS) {
    const c = VERDICT_COLOURS[verdict];
    rules.push(
      `::highlight(${verdictHighlightName(verdict)}) { background-color: ${c.mark}; text-decoration: underline solid ${c.line}; text-decoration-thickness: 2px; text-underline-offset: 3px; }`,
    );
  }
  return rules.join('\n');
}

/** The card, the fallback overlay boxes and the live region, inside the shadow root. */
export const CARD_CSS = `
:host { all: initial; }
.visually-hidden { position: fixed; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
/* The marks' list for assistive technology: hidden until one of its buttons has focus. */
.mark-list { position: fixed; top: 8px; left: 8px; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.mark-list:focus-within { width: auto; height: auto; max-width: min(28rem, calc(100vw - 16px)); clip-path: none; white-space: normal; }
.mark-list h2, .mark-list li:not(:has(button:focus)) { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
.mark-list ol { margin: 0; padding: 0; list-style: none; }
.mark-list button {
  display: block; box-sizing: border-box; max-width: 100%; padding: 8px 12px; border-radius: 6px;
  border: 1px solid #c4c7cc; background: #ffffff; color: #1b1b1f; box-shadow: 0 4px 16px rgba(0,0,0,0.2);
  font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; text-align: left; cursor: pointer;
}
.mark-list button:focus { outline: 3px solid #1565c0; outline-offset: 2px; }
.overlay { position: absolute; top: 0; left: 0; pointer-events: none; }
.box { position: absolute; pointer-events: none; border-bottom: 2px solid; border-radius: 2px; }
.card {
  position: fixed; box-sizing: border-box; width: 384px; max-height: min(70vh, 32rem); overflow: auto;
  padding: 12px 14px; border-radius: 8px; border: 1px solid #c4c7cc;
  background: #ffffff; color: #1b1b1f; box-shadow: 0 6px 24px rgba(0,0,0,0.22);
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; text-align: left;
}
.card:focus { outline: 3px solid #1565c0; outline-offset: 2px; }
.card h2 { font-size: 15px; margin: 0 0 4px; font-weight: 650; }
.card p { margin: 6px 0; }
.latest, .age { color: #44474e; }
.also { border-top: 1px solid #c4c7cc; padding-top: 6px; }
.quote { font-style: italic; border-left: 3px solid #c4c7cc; padding-left: 8px; }
.chip { display: inline-block; padding: 1px 8px; border-radius: 999px; font-size: 12px; font-weight: 650; }
.links { display: flex; flex-wrap: wrap; gap: 4px 14px; margin-top: 8px; }
.card a { color: #0b57d0; }
.nav { display: flex; flex-wrap: wrap; gap: 6px; justify-content: flex-end; margin-top: 10px; }
.nav button { font: inherit; font-size: 13px; padding: 3px 10px; border-radius: 6px; border: 1px solid #8e9199; background: #f1f3f4; color: #1b1b1f; cursor: pointer; }
.nav .dismiss { margin-right: auto; }
.nav button:focus-visible { outline: 3px solid #1565c0; outline-offset: 1px; }
@media (prefers-color-scheme: dark) {
  .card { background: #1f2023; color: #e3e3e8; border-color: #4a4d54; }
  .latest, .age { color: #c4c7cc; }
  .card a { color: #a8c7fa; }
  .nav button { background: #2d2f33; color: #e3e3e8; border-color: #6c6f76; }
  .mark-list button { background: #1f2023; color: #e3e3e8; border-color: #6c6f76; }
}
`;
