/** Modules produced at build time by modules/ofsted-dataset.ts from the validated seeds. */

declare module 'virtual:ofsted-dataset' {
  /** The newest publication date the dataset holds (ISO date). */
  export const asOf: string;
  /** The dataset in compact form; decode with `decodeDataset` (lib/data/bundle.ts) or use `getDataset()` (lib/data/bundled.ts). */
  const compact: import('./bundle').CompactDataset;
  export default compact;
}

declare module 'virtual:ofsted-names' {
  /** Every name, short name, alias and ambiguous alias of every authority and council not inspected, as written, sorted. */
  export const names: readonly string[];
  /** The content script's prefilter key, computed and packed at build time (lib/engine/prefilter.ts `prefilterKey`, `packPrefilterKey`). */
  export const prefilter: import('../engine/prefilter').PackedPrefilterKey;
}
