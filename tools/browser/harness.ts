/**
 * Shared by the end-to-end tests, `npm start` and the budgets: a localhost server
 * for the fixture pages and the system Chromium with the built extension loaded.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { findBrowser } from './find-browser';

export const ROOT = resolve(import.meta.dirname, '../..');
export const PAGES_DIR = join(ROOT, 'test/fixtures/pages');
export const CHROME_BUILD = join(ROOT, '.output/chrome-mv3');
/** $CHROMIUM_PATH, else the first Chromium, Chrome or Edge found where it is usually installed. */
export function resolveChromium(): string {
  const found = findBrowser({ env: process.env, platform: process.platform, exists: existsSync });
  return found.path ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}
export let CHROMIUM = resolveChromium();

/** Looks again (after `npm start` installed Chromium). */
export function refreshChromium(): string {
  CHROMIUM = resolveChromium();
  return CHROMIUM;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
};

/** A running localhost server. */
export interface Site {
  origin: string;
  /** Adds a page served at `path` (for generated pages). */
  add(path: string, html: string): void;
  close(): Promise<void>;
}

/** Serves `dir` (and any added pages) on a free localhost port. */
export async function serve(dir: string = PAGES_DIR): Promise<Site> {
  const extra = new Map<string, string>();
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const added = extra.get(path);
    if (added !== undefined) {
      res.writeHead(200, { 'content-type': TYPES['.html']!, 'cache-control': 'no-store' });
      res.end(added);
      return;
    }
    const file = normalize(join(dir, path === '/' ? 'demo.html' : path));
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    const headers: Record<string, string> = {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    };
    // Pages named *strict-csp* get a strict policy, as many news sites send.
    if (path.includes('strict-csp')) headers['content-security-policy'] = "default-src 'self'; style-src 'self'; script-src 'self'";
    res.writeHead(200, headers);
    res.end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server did not start');
  return {
    origin: `http://localhost:${address.port}`,
    add: (path, html) => void extra.set(path, html),
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

/** The browser with the extension loaded. */
export interface Browser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Every request URL the browser made since launch. */
  requests: string[];
  close(): Promise<void>;
}

/** Says how to get Chromium when it is missing. */
export function checkChromium(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `No Chrome, Chromium or Edge found (looked at $CHROMIUM_PATH and the usual places). Install one with: sudo apt-get install chromium (or set CHROMIUM_PATH)`,
    );
  }
}

/** The system Chromium with `extension` loaded, in a fresh profile (headless unless `headed`). */
export function extensionContext(extension: string, headed = false): Promise<BrowserContext> {
  return chromium.launchPersistentContext('', {
    executablePath: CHROMIUM,
    headless: false,
    viewport: { width: 1200, height: 900 },
    args: [
      ...(headed ? [] : ['--headless=new']),
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
      // Google Chrome 137+ ignores --load-extension unless this is off (Chromium takes it as is).
      '--disable-features=DisableLoadExtensionCommandLineSwitch',
    ],
  });
}

/** Launches the system Chromium with the built extension (headless unless `headed`). */
export async function launch(options: { extension?: string; headed?: boolean } = {}): Promise<Browser> {
  checkChromium();
  const extension = options.extension ?? CHROME_BUILD;
  if (!existsSync(join(extension, 'manifest.json'))) {
    throw new Error(`No built extension at ${extension}: run npm run build first`);
  }
  const context = await extensionContext(extension, options.headed ?? false);
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(worker.url()).host;
  return { context, extensionId, worker, requests, close: () => context.close() };
}
