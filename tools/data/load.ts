/**
 * Loads the seed files from disk (Node only: the CLI, the tests and the build plugin).
 * The extension never imports this; it reads the bundled dataset (lib/data/bundled.ts).
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { SeedError } from '../../lib/data/errors.ts';
import type { Dataset } from '../../lib/data/schema.ts';
import { assembleDataset, type SeedContent } from '../../lib/data/validate.ts';

/** The seed files, relative to the seeds folder. Every one must exist. */
export const SEED_FILES = {
  authorities: 'authorities.json',
  councilsNotInspected: 'councils-not-inspected.json',
  /** Produced by the import from the report PDFs. */
  inspections: 'inspections.json',
  /** Hand-curated inspection records the PDFs do not give (cited or unverified). */
  curatedInspections: 'curated/inspections.json',
  /** Ungraded publications (focused and monitoring visits, JTAIs), written by `npm run data:refresh`. */
  events: 'events.json',
} as const;

/** The paths of every seed file under `dir` (what the build watches). */
export function seedPaths(dir: string): string[] {
  return Object.values(SEED_FILES).map((file) => join(dir, file));
}

function readSeed(dir: string, file: string): SeedContent {
  const shown = `${basename(dir)}/${file}`;
  let text: string;
  try {
    text = readFileSync(join(dir, file), 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'the file is missing' : String(error);
    throw new SeedError([{ file: shown, record: null, field: null, message: `${reason} (run npm run data:import)` }]);
  }
  try {
    return { file: shown, json: JSON.parse(text) as unknown };
  } catch (error) {
    throw new SeedError([{ file: shown, record: null, field: null, message: `not valid JSON: ${(error as Error).message}` }]);
  }
}

/**
 * Reads and validates every seed file in `dir` (e.g. "seeds") and returns the Dataset,
 * with `asOf` the newest publication date held. Fails loudly with a SeedError naming the
 * file, the record and the field, e.g.
 * `seeds/inspections.json: record "hertfordshire-2023-03-10" field judgements.overall: "adequate" is not a grade in ilacs_2023`;
 * a missing seed file is an error too.
 */
export function loadSeeds(dir: string): Dataset {
  return assembleDataset({
    authorities: readSeed(dir, SEED_FILES.authorities),
    councilsNotInspected: readSeed(dir, SEED_FILES.councilsNotInspected),
    inspections: [readSeed(dir, SEED_FILES.inspections), readSeed(dir, SEED_FILES.curatedInspections)],
    events: readSeed(dir, SEED_FILES.events),
  });
}
