/**
 * What a sampling CPU profile of a page's main thread (CDP `Profiler.stop`) says about
 * the content script: the time of samples with a frame of either stage of it on the
 * stack. CDP's ScriptDuration does not count the isolated world's work, so it cannot tell.
 */

/** The parts of CDP's `Profiler.Profile` read here. */
export interface CpuProfile {
  nodes: { id: number; children?: number[]; callFrame: { url: string; functionName: string } }[];
  samples?: number[];
  timeDeltas?: number[];
}

const CONTENT_SCRIPT = /\/content-(scan|annotate)\.js$/;

/** Milliseconds profiled, busy (not idle), and with the content script on the stack. */
export function contentScriptTime(profile: CpuProfile): { totalMs: number; busyMs: number; contentScriptMs: number } {
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const memo = new Map<number, boolean>();
  const ours = (id: number): boolean => {
    let known = memo.get(id);
    if (known === undefined) {
      const up = parent.get(id);
      known = CONTENT_SCRIPT.test(byId.get(id)?.callFrame.url ?? '') || (up !== undefined && ours(up));
      memo.set(id, known);
    }
    return known;
  };
  let total = 0;
  let busy = 0;
  let content = 0;
  (profile.samples ?? []).forEach((id, i) => {
    const dt = (profile.timeDeltas ?? [])[i] ?? 0;
    total += dt;
    if (byId.get(id)?.callFrame.functionName !== '(idle)') busy += dt;
    if (ours(id)) content += dt;
  });
  return { totalMs: total / 1000, busyMs: busy / 1000, contentScriptMs: content / 1000 };
}
