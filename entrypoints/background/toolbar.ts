/**
 * The toolbar icon's badge and the "Check Ofsted record" context menu.
 */
import { browser } from 'wxt/browser';
import { badgeFor } from './handlers';

type ActionApi = typeof browser.action;

function action(): ActionApi {
  // MV2 (Firefox) calls it browserAction.
  return browser.action ?? (browser as unknown as { browserAction: ActionApi }).browserAction;
}

/** Shows on the tab's icon how many claims need attention. */
export async function setBadge(tabId: number, counts: { claims: number; attention: number }): Promise<void> {
  const { text, colour } = badgeFor(counts);
  await action().setBadgeText({ tabId, text });
  await action().setBadgeBackgroundColor({ tabId, color: colour });
  const title =
    counts.claims === 0
      ? 'Ofsted Lens'
      : `Ofsted Lens: ${counts.claims} grade claim${counts.claims === 1 ? '' : 's'}, ${counts.attention} need${counts.attention === 1 ? 's' : ''} attention`;
  await action().setTitle({ tabId, title });
}

export const MENU_ID = 'ofsted-lens-check';

/** The page that answers a "Check Ofsted record" search for `text`. */
export function searchPageUrl(text: string): string {
  const query = text.replace(/\s+/g, ' ').trim().slice(0, 200);
  return `${browser.runtime.getURL('/popup.html')}?q=${encodeURIComponent(query)}`;
}

/** Adds the context menu on selected text (call from runtime.onInstalled). */
export function createContextMenu(): void {
  browser.contextMenus.create({ id: MENU_ID, title: 'Check Ofsted record for “%s”', contexts: ['selection'] });
}

/** Opens the popup's search for the selected words in a new tab. */
export async function onMenuClicked(info: { menuItemId: string | number; selectionText?: string }): Promise<void> {
  if (info.menuItemId !== MENU_ID || !info.selectionText) return;
  await browser.tabs.create({ url: searchPageUrl(info.selectionText) });
}

/** Answers clicks on the context menu. */
export function listenForContextMenu(): void {
  browser.contextMenus.onClicked.addListener((info) => void onMenuClicked(info));
}

/** The manifest command that moves to the next mark (Alt+Shift+O unless the reader rebinds it). */
export const NEXT_MARK_COMMAND = 'next-mark';

/** Passes the "next mark" command to the active tab's content script, which ignores it in text fields. */
export function listenForCommands(): void {
  browser.commands?.onCommand.addListener((command: string, tab?: { id?: number }) => {
    if (command !== NEXT_MARK_COMMAND) return;
    void (async () => {
      const id = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      if (id !== undefined) await browser.tabs.sendMessage(id, { type: 'next-mark' }).catch(() => undefined);
    })();
  });
}
