/**
 * npm run --silent data:export > inspections.csv
 *
 * Prints every inspection in the seeds (imported, curated and unverified) as CSV
 * to stdout, in the dataset's order (authority id, publication date).
 */
import { loadSeeds } from './load';
import { exportCsv } from './import/export-csv';

try {
  const dataset = loadSeeds('seeds');
  process.stdout.write(exportCsv(dataset.authorities, dataset.inspections));
} catch (error) {
  console.error(`data:export failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
