/**
 * npm run data:coverage
 *
 * Prints the dataset's coverage: authorities, reports per framework and per
 * year, authorities with no report, and anything unusual (short or long
 * fieldwork, late publication, unverified and curated records, judgements not
 * made or unknown).
 */
import { loadSeeds } from './load';
import { coverageReport } from './import/coverage';

try {
  for (const line of coverageReport(loadSeeds('seeds'))) console.log(line);
} catch (error) {
  console.error(`data:coverage failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
