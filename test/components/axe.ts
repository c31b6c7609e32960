/** Runs axe-core on a rendered container and returns its violations, described. */
import axe from 'axe-core';

export async function violations(container: Element): Promise<string[]> {
  const result = await axe.run(container, {
    // happy-dom does no layout, so colour contrast cannot be measured here (the chips' colours are chosen for 4.5:1).
    rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
  });
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}
