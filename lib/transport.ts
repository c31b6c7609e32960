/**
 * The message transport: the contract of lib/messaging.ts carried over the extension's
 * runtime messages. The background listens; the popup and options pages ask it, and the
 * popup asks a tab's content script for the page's findings. Every reply is validated
 * against the contract before it is used.
 */
import { z } from 'zod';
import { browser } from 'wxt/browser';
import {
  BACKGROUND_MESSAGES,
  InvalidMessageError,
  PageFindings,
  dispatchBackgroundMessage,
  isForBackground,
  type BackgroundHandlers,
  type BackgroundMessageType,
  type PageFindingsRequest,
  type RequestOf,
  type ResponseOf,
  type SenderInfo,
} from './messaging';

/** Registers the background's handlers on runtime.onMessage. Returns a function that removes them. */
export function listenForBackgroundMessages(handlers: BackgroundHandlers): () => void {
  const listener = (message: unknown, sender: { id?: string; tab?: { id?: number } }) => {
    const info: SenderInfo = { id: sender.id, tabId: sender.tab?.id };
    // Returning undefined (not a promise) leaves messages that are not ours alone.
    if (!isForBackground(message, info, browser.runtime.id)) return undefined;
    return dispatchBackgroundMessage(message, info, handlers);
  };
  // eslint-disable-next-line @typescript-eslint/no-misused-promises -- the polyfill's onMessage contract: a listener answers by returning a promise
  browser.runtime.onMessage.addListener(listener);
  // eslint-disable-next-line @typescript-eslint/no-misused-promises -- the polyfill's onMessage contract: a listener answers by returning a promise
  return () => browser.runtime.onMessage.removeListener(listener);
}

/** Sends a message to the background and validates the reply (for the popup and options pages). */
export async function askBackground<T extends BackgroundMessageType>(request: RequestOf<T> & { type: T }): Promise<ResponseOf<T>> {
  const type = request.type as T;
  const reply: unknown = await browser.runtime.sendMessage(request);
  const parsed = BACKGROUND_MESSAGES[type].response.safeParse(reply);
  if (!parsed.success) throw new InvalidMessageError(`Unexpected reply to "${type}": ${z.prettifyError(parsed.error)}`);
  return parsed.data as ResponseOf<T>;
}

/** Asks a tab's content script what it marked; null when no content script answers there. */
export async function askPageFindings(tabId: number): Promise<PageFindings | null> {
  let reply: unknown;
  try {
    reply = await browser.tabs.sendMessage(tabId, { type: 'page-findings' } satisfies PageFindingsRequest);
  } catch {
    return null; // No content script in that tab (a browser page, or the page was open before install).
  }
  if (reply === undefined || reply === null) return null;
  const parsed = PageFindings.safeParse(reply);
  if (!parsed.success) throw new InvalidMessageError(`Unexpected page findings: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}
