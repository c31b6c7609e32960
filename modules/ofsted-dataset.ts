/**
 * Build integration: serves the validated, compact dataset to the extension as virtual
 * modules, so that bad seeds fail the build with the seed loader's message.
 *
 * - `virtual:ofsted-dataset`: `default` is the CompactDataset (decode with lib/data/bundle.ts,
 *   or use lib/data/bundled.ts), `asOf` the newest publication date held.
 * - `virtual:ofsted-names`: `names` (every name as written) and `prefilter`, the content
 *   script's prefilter key (lib/engine/prefilter.ts), computed here so no page load builds it.
 *
 * Node only: a WXT local module (WXT loads every file in modules/ into the build) whose
 * plugin vitest.config.ts also uses.
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { addViteConfig, defineWxtModule } from 'wxt/modules';
import type { Plugin } from 'vite';
import { encodeDataset } from '../lib/data/bundle.ts';
import { SeedError } from '../lib/data/errors.ts';
import { loadSeeds, seedPaths } from '../tools/data/load.ts';
import { datasetNames } from '../lib/data/names.ts';
import { packPrefilterKey, prefilterKey } from '../lib/engine/prefilter.ts';
import type { Dataset } from '../lib/data/schema.ts';

export const DATASET_MODULE = 'virtual:ofsted-dataset';
export const NAMES_MODULE = 'virtual:ofsted-names';
const RESOLVED = { [DATASET_MODULE]: `\0${DATASET_MODULE}`, [NAMES_MODULE]: `\0${NAMES_MODULE}` } as const;

export interface OfstedDatasetOptions {
  /** Absolute path of the seeds folder. */
  seedsDir: string;
  /**
   * Validate the seeds when the build starts, even if nothing imports the dataset (for
   * `wxt build`). Off for the test runner, where only tests that import the modules need seeds.
   */
  checkOnStart?: boolean;
}

let cached: { dir: string; stamp: string; dataset: Dataset } | undefined;

/**
 * The validated dataset of a seeds folder, loaded again only when a seed file changes:
 * one build asks for it several times (each entrypoint, both modules).
 */
function datasetOf(seedsDir: string): Dataset {
  const stamp = seedPaths(seedsDir)
    .map((file) => statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? 'missing')
    .join('|');
  if (cached?.dir !== seedsDir || cached.stamp !== stamp) cached = { dir: seedsDir, stamp, dataset: loadSeeds(seedsDir) };
  return cached.dataset;
}

/** Source of the dataset module for the given seeds folder. */
export function datasetModuleSource(seedsDir: string): string {
  const compact = encodeDataset(datasetOf(seedsDir));
  return [
    `export const asOf = ${JSON.stringify(compact.asOf)};`,
    // A JSON string parses faster than the same object as a JavaScript literal.
    `export default JSON.parse(${JSON.stringify(JSON.stringify(compact))});`,
  ].join('\n');
}

/** Source of the names module for the given seeds folder. */
export function namesModuleSource(seedsDir: string): string {
  const names = datasetNames(datasetOf(seedsDir));
  return [
    `export const names = ${JSON.stringify(names)};`,
    `export const prefilter = ${JSON.stringify(packPrefilterKey(prefilterKey(names)))};`,
  ].join('\n');
}

function message(error: unknown): string {
  return error instanceof SeedError ? `Invalid seeds:\n${error.message}` : error instanceof Error ? error.message : String(error);
}

/** The Vite plugin that provides `virtual:ofsted-dataset` and `virtual:ofsted-names`. */
export function ofstedDataset(options: OfstedDatasetOptions): Plugin {
  const { seedsDir, checkOnStart = false } = options;
  return {
    name: 'ofsted-dataset',
    buildStart() {
      if (!checkOnStart) return;
      try {
        datasetOf(seedsDir);
      } catch (error) {
        this.error(message(error));
      }
    },
    resolveId(id) {
      return id === DATASET_MODULE || id === NAMES_MODULE ? RESOLVED[id] : null;
    },
    load(id) {
      if (id !== RESOLVED[DATASET_MODULE] && id !== RESOLVED[NAMES_MODULE]) return null;
      for (const file of seedPaths(seedsDir)) this.addWatchFile(file);
      try {
        return id === RESOLVED[DATASET_MODULE] ? datasetModuleSource(seedsDir) : namesModuleSource(seedsDir);
      } catch (error) {
        this.error(message(error));
      }
    },
  };
}

/** The build validates the seeds as it starts (bad seeds fail it) and serves both modules. */
export default defineWxtModule({
  name: 'ofsted-dataset',
  setup(wxt) {
    addViteConfig(wxt, () => ({ plugins: [ofstedDataset({ seedsDir: resolve(wxt.config.root, 'seeds'), checkOnStart: true })] }));
  },
});
