/**
 * `npm start`: builds the extension and opens the system Chromium with it loaded
 * on the project's demo article, served from localhost.
 *
 * With a display ($DISPLAY set) Chromium opens normally and stays open. Without
 * one it runs headless: it saves a screenshot of the annotated page (with a card
 * open) and of the popup under .output/, and prints what it found.
 *
 * It finds Chrome, Chromium or Edge where they are usually installed (or at
 * $CHROMIUM_PATH). With none, running as root on Debian or Ubuntu (as CI does) it
 * installs the `chromium` package itself and says so; otherwise it prints the one
 * command to run and still runs the command-line check on the demo article.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROME_BUILD, CHROMIUM, ROOT, launch, refreshChromium, serve } from './browser/harness';
import { findBrowser, installHint, mayInstallChromium } from './browser/find-browser';
import { readerExplanation, verdictLabel } from '../lib/ui/explanation';
import { asOfLine, claimWords, latestLine } from '../lib/ui/record-text';
import type { PageFindings } from '../lib/messaging';

const DEMO_ARTICLE = join(ROOT, 'test/fixtures/pages/demo.html');

if (process.env.CHROMIUM_PATH && !existsSync(process.env.CHROMIUM_PATH)) {
  console.warn(`CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH}, which does not exist; looking in the usual places instead.`);
  delete process.env.CHROMIUM_PATH;
  refreshChromium();
}
const found = () => findBrowser({ env: process.env, platform: process.platform, exists: existsSync }).path;
if (!found()) {
  const osRelease = existsSync('/etc/os-release') ? readFileSync('/etc/os-release', 'utf8') : null;
  if (process.platform === 'linux' && mayInstallChromium({ uid: process.getuid?.(), osRelease })) {
    console.log('No Chrome, Chromium or Edge found. Installing the Debian package "chromium" (apt-get install -y chromium)…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
    refreshChromium();
  }
}
if (!found()) {
  console.log(
    `No Chrome, Chromium or Edge found. To see the extension in a browser, install one with:\n  ${installHint(process.platform)}\n`,
  );
  console.log('Meanwhile, the command-line check on the demo article:\n');
  const check = spawnSync('npx', ['tsx', 'tools/cli/check.ts', DEMO_ARTICLE], { cwd: ROOT, stdio: 'inherit' });
  process.exit(check.status ?? 1);
}
console.log(`Browser: ${CHROMIUM}`);

const built = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);

const site = await serve();
const demo = `${site.origin}/demo.html`;

if (process.env.DISPLAY) {
  // A real window: the user's own Chromium with a throwaway profile and only this extension.
  const profile = mkdtempSync(join(tmpdir(), 'ofsted-lens-'));
  console.log(`Demo article: ${demo}\nClose Chromium (or press Ctrl+C) to stop.`);
  const chromium = spawn(
    CHROMIUM,
    [
      `--user-data-dir=${profile}`,
      `--disable-extensions-except=${CHROME_BUILD}`,
      `--load-extension=${CHROME_BUILD}`,
      '--no-first-run',
      '--no-default-browser-check',
      // Google Chrome 137+ ignores --load-extension unless this is off (Chromium takes it as is).
      '--disable-features=DisableLoadExtensionCommandLineSwitch',
      demo,
    ],
    { stdio: 'ignore' },
  );
  const stop = () => {
    chromium.kill();
    void site.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  chromium.on('exit', stop);
} else {
  console.log('No display ($DISPLAY is unset): running headless.');
  const browser = await launch();
  try {
    const page = await browser.context.newPage();
    await page.goto(demo);
    await page.waitForFunction(
      () => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('ofsted-lens-wrong_authority'),
      undefined,
      { timeout: 20_000 },
    );
    const report = (await browser.worker.evaluate(async (url: string) => {
      const api = (
        globalThis as unknown as {
          chrome: { tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: unknown): Promise<unknown> } };
        }
      ).chrome;
      for (const tab of await api.tabs.query({})) {
        if (tab.id === undefined) continue;
        const reply = (await api.tabs.sendMessage(tab.id, { type: 'page-findings' }).catch(() => null)) as { url?: string } | null;
        if (reply?.url === url) return { tabId: tab.id, reply };
      }
      return null;
    }, demo)) as { tabId: number; reply: PageFindings } | null;
    if (!report) throw new Error('the content script did not answer on the demo page');

    // Open the card on the wrong-authority claim, as a reader hovering it would.
    const point = await page.evaluate(() => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const text = (n as Text).data;
        const at = text.indexOf('was judged good');
        if (at === -1) continue;
        const range = document.createRange();
        range.setStart(n, at + 11);
        range.setEnd(n, at + 15);
        const r = range.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }
      return null;
    });
    if (point) {
      await page.mouse.move(point.x, point.y);
      await page
        .locator('ofsted-lens-ui .card')
        .waitFor({ timeout: 5_000 })
        .catch(() => undefined);
    }
    const pageShot = join(ROOT, '.output/demo-page.png');
    await page.screenshot({ path: pageShot });

    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 440, height: 1000 });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${report.tabId}`);
    await popup.getByRole('heading', { level: 2 }).first().waitFor();
    const popupShot = join(ROOT, '.output/demo-popup.png');
    await popup.screenshot({ path: popupShot, fullPage: true });

    printFindings(report.reply);
    console.log(`\nScreenshots:\n  ${pageShot}\n  ${popupShot}`);
  } finally {
    await browser.close();
    await site.close();
  }
}

function printFindings(report: PageFindings): void {
  console.log(`\nFindings on ${report.url}`);
  console.log(asOfLine(report.published));
  for (const { id, count } of report.mentions) {
    const authority = report.authorities[id];
    console.log(`\n${authority?.name ?? id} (named ${count}x)`);
    if (authority) console.log(`  ${latestLine(authority)}`);
    for (const { claim, sentence } of report.claims.filter((c) => c.claim.authority === id)) {
      console.log(`  - "${sentence}"`);
      console.log(`    ${claimWords(claim)} → ${verdictLabel(claim, report.inspections)}: ${readerExplanation(claim, report.inspections)}`);
    }
  }
}
