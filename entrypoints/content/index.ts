/**
 * The content script: thin wiring of lib/page's annotator to the options, the
 * names prefilter and the background. Everything it does is caught; nothing it
 * does changes the page's text or structure.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { Annotator } from '@/lib/page/annotator';
import { connectPage } from '@/lib/page/connect';
import { prefilter } from './names';
// Highlight styles go in through the manifest: styling without adding a node to the page.
import './highlights.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  noScriptStartedPostMessage: true,
  main() {
    try {
      connectPage(document, (deps) => new Annotator({ ...deps, mayMention: prefilter }));
    } catch (error) {
      console.warn('Ofsted Lens:', error);
    }
  },
});
