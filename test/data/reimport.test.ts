/**
 * Re-imports from ../shared/ofsted (or $OFSTED_RAW) into a temporary folder and asserts the
 * result equals the committed seeds byte for byte. Runs only where the raw
 * material exists (CI has it; a fresh clone does not).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// After a refresh the raw material is the refresh's --raw folder (npm run data:weekly passes it as OFSTED_RAW).
const SHARED = process.env.OFSTED_RAW ?? join('..', 'shared', 'ofsted');
const out = existsSync(join(SHARED, 'reports', 'index.csv')) ? mkdtempSync(join(tmpdir(), 'ofsted-lens-reimport-')) : '';

describe.skipIf(out === '')('re-import from ../shared/ofsted', () => {
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('regenerates seeds/inspections.json and seeds/authorities.json byte for byte', () => {
    execFileSync(process.execPath, ['--import', 'tsx', 'tools/data/import.ts', '--from', SHARED, '--out', out], {
      stdio: 'pipe',
      timeout: 280_000,
    });
    for (const file of ['inspections.json', 'authorities.json']) {
      expect(readFileSync(join(out, file), 'utf8'), file).toBe(readFileSync(join('seeds', file), 'utf8'));
    }
  }, 300_000);
});
