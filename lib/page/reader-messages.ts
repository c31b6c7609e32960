/**
 * Messages the content script takes besides the request for its findings: the browser's
 * "next mark" command (sent on by the background) and the popup's "show this claim".
 * Hand-checked (the content script carries no zod).
 */

/** Background → content script: the reader pressed the "next mark" shortcut. */
export interface NextMarkMessage {
  type: 'next-mark';
}
/** Popup → content script: scroll to the `index`-th claim of the page's findings and open its card. */
export interface ShowClaimMessage {
  type: 'show-claim';
  index: number;
}

export function isNextMarkMessage(value: unknown): value is NextMarkMessage {
  return (
    typeof value === 'object' && value !== null && Object.keys(value).length === 1 && (value as { type?: unknown }).type === 'next-mark'
  );
}

export function isShowClaimMessage(value: unknown): value is ShowClaimMessage {
  if (typeof value !== 'object' || value === null || Object.keys(value).length !== 2) return false;
  const v = value as { type?: unknown; index?: unknown };
  return v.type === 'show-claim' && typeof v.index === 'number' && Number.isInteger(v.index) && v.index >= 0;
}
