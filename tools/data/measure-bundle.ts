/**
 * Prints the dataset's size as JSON, compact and gzipped, the prefilter lists' sizes,
 * and how long decoding and a search take. Usage: npx tsx tools/data/measure-bundle.ts
 */
import { gzipSync } from 'node:zlib';
import { decodeDataset, encodeDataset } from '../../lib/data/bundle';
import { loadSeeds } from './load';
import { datasetNames } from '../../lib/data/names';
import { prefilterKey } from '../../lib/engine/prefilter';
import { createSearch } from '../../lib/data/search';

const size = (text: string) => `${text.length} B (gzipped ${gzipSync(text).length} B)`;
const time = (run: () => void, times = 1) => {
  const start = performance.now();
  for (let i = 0; i < times; i++) run();
  return (performance.now() - start) / times;
};

let dataset = loadSeeds('seeds');
const loadMs = time(() => (dataset = loadSeeds('seeds')));
const compact = JSON.stringify(encodeDataset(dataset));
const names = datasetNames(dataset);
const key = prefilterKey(names);
console.log(
  `seeds: ${dataset.authorities.length} authorities, ${dataset.inspections.length} inspections, ${dataset.councilsNotInspected.length} councils not inspected; asOf ${dataset.asOf}`,
);
console.log(`load + validate seeds: ${loadMs.toFixed(1)} ms`);
console.log(`dataset as JSON:   ${size(JSON.stringify(dataset))}`);
console.log(`compact bundle:    ${size(compact)}`);
console.log(
  `decode + validate: ${time(() => decodeDataset(JSON.parse(compact))).toFixed(1)} ms first, ${time(() => decodeDataset(JSON.parse(compact)), 20).toFixed(1)} ms warm`,
);
console.log(`names (${names.length}):     ${size(JSON.stringify(names))}`);
console.log(`prefilter key (${key.hashes.length} hashes): ${size(JSON.stringify(key))}`);
const search = createSearch(dataset);
const queries = [
  'Hertforshire',
  'Herts',
  'hull',
  'Monmouthshire',
  'Kingston',
  'Northumberlnd',
  'Brighton',
  'westminster city council',
  'B&NES',
  'Cardif',
];
for (const query of queries) search(query);
console.log(
  `search: ${(time(() => queries.forEach((q) => search(q)), 200) / queries.length).toFixed(3)} ms per query (${queries.length} queries x 200)`,
);
