/**
 * The layers are lint rules, not prose: each import zone in eslint.config.js fails a
 * wrong-way import, and lets the right-way one through.
 */
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: ROOT });

/** The import-zone messages lint gives `code` as if it were the file at `path`. */
async function zoneErrors(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const unused = 1;\n`, { filePath: join(ROOT, path) });
  return (result?.messages ?? []).filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports').map((m) => m.message);
}

describe('layers enforced by lint', () => {
  it.each([
    ['the engine importing page code', 'lib/engine/analyse.ts', "import { pageText } from '../page/page-text';\nvoid pageText;"],
    [
      'the engine importing UI code',
      'lib/engine/analyse.ts',
      "import { inspectionLine } from '@/lib/ui/record-text';\nvoid inspectionLine;",
    ],
    ['the engine using the extension API', 'lib/engine/analyse.ts', "import { browser } from 'wxt/browser';\nvoid browser;"],
    ['lib/data importing the engine', 'lib/data/schema.ts', "import { prefilterKey } from '../engine/prefilter';\nvoid prefilterKey;"],
    [
      'lib/page taking a value from lib/messaging',
      'lib/page/card.ts',
      "import { AnalyseResponse } from '../messaging';\nvoid AnalyseResponse;",
    ],
    [
      'lib/ui taking a value from lib/messaging',
      'lib/ui/record-text.ts',
      "import { AnalyseResponse } from '../messaging';\nvoid AnalyseResponse;",
    ],
    ['shipped code importing Node', 'lib/page/card.ts', "import { readFileSync } from 'node:fs';\nvoid readFileSync;"],
    ['shipped code importing the tooling', 'components/Footer.tsx', "import { loadSeeds } from '@/tools/data/load';\nvoid loadSeeds;"],
    [
      'lib importing an entry point',
      'lib/ui/record-text.ts',
      "import { connectPage } from '../../entrypoints/content/connect';\nvoid connectPage;",
    ],
    ['the tooling importing the tests', 'tools/cli/check.ts', "import { dataset } from '../../test/fixtures/dataset';\nvoid dataset;"],
  ])(
    'fails on %s',
    async (_name, path, code) => {
      expect(await zoneErrors(path, code)).not.toEqual([]);
    },
    60_000,
  );

  it.each([
    ['the engine importing lib/data', 'lib/engine/analyse.ts', "import type { Dataset } from '../data/schema';\nexport type D = Dataset;"],
    [
      'lib/page taking types from lib/messaging',
      'lib/page/card.ts',
      "import type { AnalyseResponse } from '../messaging';\nexport type R = AnalyseResponse;",
    ],
    ['the tooling importing shipped code', 'tools/cli/check.ts', "import { analyse } from '../../lib/engine';\nvoid analyse;"],
  ])(
    'lets through %s',
    async (_name, path, code) => {
      expect(await zoneErrors(path, code)).toEqual([]);
    },
    60_000,
  );
});
