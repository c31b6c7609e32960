/**
 * The background: holds the dataset and the engine, answers the content script
 * and the popup, keeps the toolbar badge, and offers "Check Ofsted record" on
 * selected text. It makes no network request.
 */
import { browser } from 'wxt/browser';
import { z } from 'zod';
import { defineBackground } from 'wxt/utils/define-background';
import { listenForBackgroundMessages } from '@/lib/transport';
import { createHandlers } from './handlers';
import { loadEngine } from './engine';
import { createContextMenu, listenForCommands, listenForContextMenu, setBadge } from './toolbar';

// Extension pages forbid eval by CSP; tell zod not to try compiling validators.
z.config({ jitless: true });

export default defineBackground(() => {
  const engine = loadEngine();
  listenForBackgroundMessages(
    createHandlers({
      dataset: () => engine().dataset,
      analyse: (text, context) => engine().analyse(text, context),
      search: (query) => engine().search(query),
      setBadge,
    }),
  );
  browser.runtime.onInstalled.addListener(() => createContextMenu());
  listenForContextMenu();
  listenForCommands();
});
