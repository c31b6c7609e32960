/**
 * The page's own background behind a mark and the contrast of our underline
 * against it: a dark site gets the light authority underline so it stays at
 * 4.5:1 or more (WCAG's ratio, from the page's computed colours).
 */

type Rgb = [number, number, number];

/** "rgb(1, 2, 3)" / "rgba(1, 2, 3, 0.5)" / "#rrggbb" → channels and alpha, or null. */
export function parseColour(css: string): { rgb: Rgb; alpha: number } | null {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(css.trim());
  if (hex) return { rgb: [parseInt(hex[1]!, 16), parseInt(hex[2]!, 16), parseInt(hex[3]!, 16)], alpha: 1 };
  const m = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(css.trim());
  if (!m) return null;
  const a = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
  return { rgb: [Number(m[1]), Number(m[2]), Number(m[3])], alpha: a };
}

function luminance([r, g, b]: Rgb): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG contrast ratio between two opaque colours (1 to 21). */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * The opaque colour painted behind `el`: its own and its ancestors' background
 * colours composited from the canvas (white, or the dark canvas of a page that
 * declares a dark colour scheme) up. Background images are not looked at.
 */
export function backgroundBehind(el: Element, view: Window, cache: WeakMap<Element, Rgb>): Rgb {
  const cached = cache.get(el);
  if (cached) return cached;
  const parent = el.parentElement;
  const own = parseColour(view.getComputedStyle(el).backgroundColor);
  let under: Rgb;
  if (parent) under = backgroundBehind(parent, view, cache);
  else {
    const scheme = view.getComputedStyle(el).colorScheme;
    under = /dark/.test(scheme) && !/light/.test(scheme) ? [18, 18, 18] : [255, 255, 255];
  }
  const result: Rgb =
    own && own.alpha > 0 ? (under.map((u, i) => Math.round(own.rgb[i]! * own.alpha + u * (1 - own.alpha))) as Rgb) : under;
  cache.set(el, result);
  return result;
}

/** The authority underline on light backgrounds, and the one for dark backgrounds. */
export const AUTHORITY_LINE = { light: '#1565c0', dark: '#8ab4f8' } as const;

/** Which authority underline keeps the better contrast against `background`. */
export function authorityLineFor(background: Rgb): 'light' | 'dark' {
  const light = contrastRatio(parseColour(AUTHORITY_LINE.light)!.rgb, background);
  const dark = contrastRatio(parseColour(AUTHORITY_LINE.dark)!.rgb, background);
  return light >= dark ? 'light' : 'dark';
}
