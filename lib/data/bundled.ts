/**
 * The dataset bundled into the extension at build time (validated from the seeds by
 * modules/ofsted-dataset.ts). Decoded once, on first use.
 */
import compact, { asOf as bundledAsOf } from 'virtual:ofsted-dataset';
import { decodeDataset } from './bundle';
import type { Dataset } from './schema';

let dataset: Dataset | undefined;

/** The bundled Dataset (decoded and validated on the first call, then the same object). */
export function getDataset(): Dataset {
  dataset ??= decodeDataset(compact);
  return dataset;
}

/** The newest publication date the bundled dataset holds, without decoding it. */
export const datasetAsOf: string = bundledAsOf;
