/**
 * Firefox ESR for the end-to-end tests, driven over WebDriver BiDi (no Playwright
 * build of Firefox needed): a throwaway profile, the built Firefox extension installed
 * with `webExtension.install`, and a fixed internal UUID so its pages have a known address.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../../tools/browser/harness';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_BUILD = join(ROOT, '.output/firefox-mv2');
export const EXTENSION_ID = 'ofsted-lens@example.org';
/** The extension's internal UUID in the test profile: its pages are moz-extension://<this>/. */
export const EXTENSION_UUID = '6b0f1a52-9d1e-4c7a-8f3e-0a1b2c3d4e5f';

interface WsLike {
  on(event: string, listener: (...args: unknown[]) => void): void;
  send(data: string): void;
  close(): void;
}
// ws is already installed (happy-dom's); Node 20 has no stable WebSocket.
const WebSocketCtor = createRequire(import.meta.url)('ws') as new (url: string) => WsLike;

export interface Firefox {
  /** Sends a BiDi command and resolves with its result (rejects with the error it returns). */
  send<T = Record<string, unknown>>(method: string, params?: Record<string, unknown>): Promise<T>;
  /** Runs a function body in a browsing context and returns its JSON value. */
  evaluate<T>(context: string, expression: string): Promise<T>;
  close(): Promise<void>;
}

/** Starts Firefox ESR headless with the built extension installed. */
export async function launchFirefox(): Promise<Firefox> {
  if (!existsSync(FIREFOX)) throw new Error(`Firefox ESR not found at ${FIREFOX}: apt-get install firefox-esr (or set FIREFOX_PATH)`);
  if (!existsSync(join(FIREFOX_BUILD, 'manifest.json'))) throw new Error('No Firefox build: run npx wxt build -b firefox');
  const profile = mkdtempSync(join(tmpdir(), 'ofsted-lens-ff-'));
  writeFileSync(
    join(profile, 'user.js'),
    [
      `user_pref("extensions.webextensions.uuids", ${JSON.stringify(JSON.stringify({ [EXTENSION_ID]: EXTENSION_UUID }))});`,
      'user_pref("browser.shell.checkDefaultBrowser", false);',
      'user_pref("datareporting.policy.dataSubmissionEnabled", false);',
      'user_pref("toolkit.telemetry.reportingpolicy.firstRun", false);',
      'user_pref("browser.startup.homepage_override.mstone", "ignore");',
      'user_pref("network.proxy.type", 0);',
    ].join('\n'),
  );
  const child: ChildProcess = spawn(
    FIREFOX,
    [
      '--headless',
      '--remote-debugging-port=0',
      // Lets BiDi open the extension's own pages (moz-extension:), as a reader opening the popup would.
      '--remote-allow-system-access',
      '--profile',
      profile,
      '--no-remote',
    ],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  const port = await new Promise<number>((ok, fail) => {
    let text = '';
    const timer = setTimeout(() => fail(new Error(`Firefox did not start: ${text.slice(-500)}`)), 45_000);
    child.stderr!.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      const m = /WebDriver BiDi listening on ws:\/\/127\.0\.0\.1:(\d+)/.exec(text);
      if (m) {
        clearTimeout(timer);
        ok(Number(m[1]));
      }
    });
    child.on('exit', () => fail(new Error(`Firefox exited: ${text.slice(-500)}`)));
  });
  const ws = new WebSocketCtor(`ws://127.0.0.1:${port}/session`);
  await new Promise<void>((ok, fail) => {
    ws.on('open', () => ok());
    ws.on('error', (e) => fail(e as Error));
  });
  let next = 0;
  const pending = new Map<number, { ok(v: unknown): void; fail(e: Error): void }>();
  ws.on('message', (data) => {
    const message = JSON.parse(String(data)) as { id?: number; result?: unknown; error?: string; message?: string };
    if (message.id === undefined) return;
    const waiter = pending.get(message.id);
    pending.delete(message.id);
    if (message.error) waiter?.fail(new Error(`${message.error}: ${message.message}`));
    else waiter?.ok(message.result);
  });
  const send = <T>(method: string, params: Record<string, unknown> = {}) =>
    new Promise<T>((ok, fail) => {
      const id = ++next;
      pending.set(id, { ok: ok as (v: unknown) => void, fail });
      ws.send(JSON.stringify({ id, method, params }));
    });
  await send('session.new', { capabilities: {} });
  await send('webExtension.install', { extensionData: { type: 'path', path: FIREFOX_BUILD } });
  const evaluate = async <T>(context: string, expression: string): Promise<T> => {
    const result = await send<{ type: string; result?: { value?: string }; exceptionDetails?: { text: string } }>('script.evaluate', {
      expression: `(async () => JSON.stringify(await (async () => { ${expression} })()))()`,
      target: { context },
      awaitPromise: true,
    });
    if (result.type === 'exception') throw new Error(`in page: ${result.exceptionDetails?.text}`);
    return JSON.parse(result.result?.value ?? 'null') as T;
  };
  return {
    send,
    evaluate,
    async close() {
      await send('session.end').catch(() => undefined);
      ws.close();
      child.kill();
      await new Promise((ok) => setTimeout(ok, 300));
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
