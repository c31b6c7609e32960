/**
 * The debug pages' warm-timing hook (lib/page/benchmark.ts), imported by the second
 * stage only on pages with the debug attribute (tools/budgets.ts, the benchmarks).
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { benchmarkScan } from '@/lib/page/benchmark';
import { BENCH_KEY } from '../content/stageTwo';

export default defineUnlistedScript(() => {
  (globalThis as unknown as Record<string, unknown>)[BENCH_KEY] = benchmarkScan;
});
