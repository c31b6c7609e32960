import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { build, type Rolldown } from 'vite';
import { describe, expect, it } from 'vitest';
import { decodeDataset } from '../../lib/data/bundle';
import { ofstedDataset } from '../../modules/ofsted-dataset';
import { nameMatcherFromKey, type PrefilterKey } from '../../lib/engine/prefilter';
import { fixtureContents, fixtureReportInspections, writeFixtureSeeds } from './fixtures';

/** Builds a tiny entry that re-exports the virtual modules, as the extension's build would. */
async function buildWith(seedsDir: string, checkOnStart = false): Promise<Record<string, unknown>> {
  const entry = join(dirname(seedsDir), 'entry.js');
  writeFileSync(
    entry,
    "export { default as compact, asOf } from 'virtual:ofsted-dataset';\nexport { names, prefilter } from 'virtual:ofsted-names';\n",
  );
  const output = (await build({
    configFile: false,
    logLevel: 'silent',
    root: dirname(seedsDir),
    plugins: [ofstedDataset({ seedsDir, checkOnStart })],
    build: { write: false, minify: false, lib: { entry, formats: ['es'], fileName: 'entry' } },
  })) as Rolldown.RolldownOutput[] | Rolldown.RolldownOutput;
  const [first] = Array.isArray(output) ? output : [output];
  const chunk = first?.output.find((item) => item.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error('no chunk built');
  return (await import(`data:text/javascript,${encodeURIComponent(chunk.code)}`)) as Record<string, unknown>;
}

describe('the build plugin', () => {
  it('bundles the validated dataset, stamped with asOf, and the prefilter names', async () => {
    const built = await buildWith(writeFixtureSeeds());
    expect(built['asOf']).toBe('2026-08-25');
    const dataset = decodeDataset(built['compact']);
    expect(dataset.inspections).toHaveLength(8);
    expect(built['names']).toEqual(expect.arrayContaining(['Brackens', 'Glyncoed County Borough Council']));
    const matcher = nameMatcherFromKey(built['prefilter'] as PrefilterKey);
    expect(matcher.mayMentionAuthority('Ofsted praised Brackens this week.')).toBe(true);
    expect(matcher.mayMentionAuthority('Nothing to see in this sentence.')).toBe(false);
  }, 30_000);

  it("fails the build on bad seeds with the seed loader's message", async () => {
    const contents = fixtureContents();
    const inspections = fixtureReportInspections().map((i) =>
      i.id === 'brackenshire-2023-03-10' ? { ...i, judgements: { ...i.judgements, overall: 'adequate' } } : i,
    );
    const seedsDir = writeFixtureSeeds({ ...contents, inspections: [{ file: '', json: inspections }, contents.inspections[1]!] });
    await expect(buildWith(seedsDir, true)).rejects.toThrow(
      'seeds/inspections.json: record "brackenshire-2023-03-10" field judgements.overall: "adequate" is not a grade in ilacs_2023',
    );
  }, 30_000);
});
