/**
 * A Vite plugin that takes zod's one `Function` call out of the bundles: the probe
 * `new Function("")` zod runs to learn whether it may compile validators. Every
 * extension page sets `z.config({ jitless: true })` (their CSP forbids eval), so
 * the probe never runs; removing it changes nothing at run time and leaves
 * `web-ext lint` nothing to flag. The build fails if zod's code no longer matches,
 * so a zod upgrade cannot silently bring the probe back.
 */
import type { Plugin } from 'vite';
import { addViteConfig, defineWxtModule } from 'wxt/modules';

const PROBE = /try\s*\{\s*const F = Function;\s*new F\(""\);\s*return true;\s*\}/;

export function zodWithoutEval(): Plugin {
  return {
    name: 'ofsted-lens:zod-without-eval',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]zod[\\/]v4[\\/]core[\\/]util\.js$/.test(id)) return null;
      if (!PROBE.test(code)) throw new Error(`zod's eval probe in ${id} has changed: update modules/zod-without-eval.ts`);
      return { code: code.replace(PROBE, 'try { return false; }'), map: null };
    },
  };
}

/** Every build runs without the probe (a WXT local module: WXT loads every file in modules/). */
export default defineWxtModule({
  name: 'zod-without-eval',
  setup(wxt) {
    addViteConfig(wxt, () => ({ plugins: [zodWithoutEval()] }));
  },
});
