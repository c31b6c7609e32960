/**
 * npm run release [-- --code-version 0.2] [--no-zip]
 *
 * Run once a refresh has been reviewed (data-changes.md) and the tests pass:
 * 1. stamps the version from the dataset's as-of date (tools/release/version.ts) into
 *    release.json, which wxt.config.ts gives the manifest;
 * 2. writes a CHANGELOG.md section: the refresh's change summary and the commits since
 *    the last release (the last commit that changed release.json), then removes data-changes.md;
 * 3. builds both store zips (npm run zip) and lists them.
 * It commits nothing: it prints the commit and tag commands to run after a last look.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { loadSeeds } from './data/load';
import { todayIso } from '../lib/ui/data-age';
import { changelogSection } from './release/changelog';
import { compareVersions, releaseVersion } from './release/version';

const RELEASE_FILE = 'release.json';
const Release = z.object({ version: z.string().regex(/^\d+(\.\d+){3}$/), asOf: z.iso.date() }).strict();

function git(...args: string[]): string {
  return execFileSync('git', args, { encoding: 'utf8' }).trim();
}

function main(): void {
  const { values } = parseArgs({ options: { 'code-version': { type: 'string' }, 'no-zip': { type: 'boolean', default: false } } });
  const previous = existsSync(RELEASE_FILE) ? Release.parse(JSON.parse(readFileSync(RELEASE_FILE, 'utf8'))) : null;
  const codeVersion = values['code-version'] ?? (previous ? previous.version.split('.').slice(0, 2).join('.') : '0.2');
  const { asOf } = loadSeeds('seeds');
  const version = releaseVersion(codeVersion, asOf);
  if (previous && compareVersions(version, previous.version) <= 0) {
    throw new Error(
      `version ${version} is not newer than the last release ${previous.version} (same data): pass --code-version with a higher minor, e.g. ${codeVersion.replace(/\d+$/, (m) => String(Number(m) + 1))}`,
    );
  }

  // Code changes: commit subjects since the last commit that stamped release.json.
  const last = previous ? git('log', '-1', '--format=%H', '--', RELEASE_FILE) : '';
  const range = last ? [`${last}..HEAD`] : [];
  const commits = git('log', '--no-merges', '--reverse', '--format=%s', ...range, '--', '.', ':!seeds', ':!data-changes.md')
    .split('\n')
    .filter((s) => s !== '');
  const dataChanges = existsSync('data-changes.md') ? readFileSync('data-changes.md', 'utf8') : null;
  const section = changelogSection({
    version,
    asOf,
    today: todayIso(),
    dataChanges,
    commits,
    since: previous ? `release ${previous.version}` : 'the first commit',
  });
  const changelog = existsSync('CHANGELOG.md') ? readFileSync('CHANGELOG.md', 'utf8').replace(/^# Changelog\n+/, '') : '';
  writeFileSync('CHANGELOG.md', `# Changelog\n\n${section}\n${changelog}`);
  writeFileSync(RELEASE_FILE, `${JSON.stringify({ version, asOf }, null, 2)}\n`);
  if (dataChanges !== null) rmSync('data-changes.md');
  console.log(
    `release ${version}: data up to ${asOf}; CHANGELOG.md section with ${commits.length} code change(s)${dataChanges ? ' and the reviewed data changes' : ''}`,
  );

  if (!values['no-zip']) {
    execFileSync('npm', ['run', '--silent', 'zip'], { stdio: 'inherit' });
    const zips = readdirSync('.output').filter((f) => f.endsWith('.zip') && f.includes(version));
    for (const zip of zips) console.log(`  .output/${zip} (${(statSync(join('.output', zip)).size / 1024).toFixed(0)} KB)`);
    if (zips.length < 2) throw new Error(`expected the Chrome and Firefox zips for ${version} in .output/, found ${zips.length}`);
  }
  console.log(`Next: git add ${RELEASE_FILE} CHANGELOG.md data-changes.md && git commit -m "Release ${version}" && git tag v${version}`);
}

try {
  main();
} catch (error) {
  console.error(`release failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
