/**
 * `npm run bench`: the matcher against its peers (Node), then the content script in
 * the real Chromium with the built extension (scripts/bench/page.ts). Not part of
 * npm test. The last line printed is `scan/walk 5k: <ratio>`.
 *
 * Flags: --quick (smaller sizes, fewer runs), --matcher-only, --page-only, --no-build.
 */
import { benchMatcher } from './matcher';

const args = process.argv.slice(2);
const quick = args.includes('--quick');

function ratioLine(report: ReturnType<typeof benchMatcher>): void {
  for (const row of report.rows) {
    const ours = row.ms.ours!;
    const peers = Object.entries(row.ms).filter(([name]) => !name.startsWith('ours'));
    const fastest = peers.reduce((a, b) => (b[1] < a[1] ? b : a));
    console.log(
      `  ${row.words} words ${row.kind}: ours ${(row.words / ours).toFixed(0)} words/ms; fastest peer ${fastest[0]} ${(row.words / fastest[1]).toFixed(0)} words/ms; ours/fastest time ${(ours / fastest[1]).toFixed(2)}x`,
    );
  }
}

if (!args.includes('--page-only')) {
  console.log('== matcher (Node) ==');
  const report = benchMatcher(quick);
  console.log('parity:');
  for (const line of report.parity) console.log(`  ${line}`);
  console.log('throughput:');
  ratioLine(report);
}
if (!args.includes('--matcher-only')) {
  const { benchPage } = await import('./page');
  await benchPage(quick, !args.includes('--no-build'));
}
