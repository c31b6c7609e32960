/**
 * Sentence segmentation good enough for grade claims: a sentence ends at . ! ? (with
 * closing quotes) before white space and a capital, quote, digit or bullet; at a blank
 * line; and at a line break after end punctuation or before a capital, digit or bullet
 * (headlines, table rows, list items). A line broken mid-sentence (no end punctuation,
 * next line lower case) stays one sentence.
 */

/** A sentence's bounds in the text, and the paragraph it belongs to. */
export interface Sentence {
  start: number;
  end: number;
  paragraph: number;
}

const END = /[.!?]["'\u2019\u201d)]*(?=\s)/y;

/**
 * The sentences of a text, in order; never empty ranges. No sentence break falls
 * inside one of `keep` (the authority mentions: a name may wrap onto the next line).
 */
export function sentences(text: string, keep: readonly { start: number; end: number }[] = []): Sentence[] {
  // `keep` is in text order and `i` only grows, so one cursor walks it once.
  let cursor = 0;
  const inside = (i: number): boolean => {
    while (cursor < keep.length && (keep[cursor] as { end: number }).end <= i) cursor++;
    const k = keep[cursor];
    return k !== undefined && i > k.start && i < k.end;
  };
  const out: Sentence[] = [];
  let start = 0;
  let paragraph = 0;
  const push = (end: number, nextParagraph: boolean): void => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s] as string)) s++;
    while (e > s && /\s/.test(text[e - 1] as string)) e--;
    if (e > s) out.push({ start: s, end: e, paragraph });
    if (nextParagraph) paragraph++;
  };
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const ch = text[i] as string;
    if (ch === '\n') {
      let j = i + 1;
      let blank = false;
      while (j < n && /\s/.test(text[j] as string)) {
        if (text[j] === '\n') blank = true;
        j++;
      }
      const next = text[j] ?? '';
      if (!blank && inside(i)) continue;
      if (blank || j >= n) {
        push(i, true);
        start = j;
        i = j - 1;
      } else if (
        /[\p{Lu}\d\-\u2022*#"'\u2018\u201c(]/u.test(next) ||
        /[.!?:]["'\u2019\u201d)]*[ \t\u00a0]*$/.test(text.slice(Math.max(start, i - 4), i))
      ) {
        push(i, false);
        start = i + 1;
      }
      continue;
    }
    if (ch === '.' || ch === '!' || ch === '?') {
      END.lastIndex = i;
      const m = END.exec(text);
      if (!m) continue;
      const after = m.index + m[0].length;
      let j = after;
      while (j < n && /[ \t\u00a0]/.test(text[j] as string)) j++;
      const next = text[j] ?? '';
      if (
        j > after &&
        /[\p{Lu}\d"'\u2018\u201c\u2022(-]/u.test(next) &&
        !/\b(?:Mr|Mrs|Ms|Dr|Cllr|Coun|St|No)\.$/.test(text.slice(Math.max(0, i - 5), i + 1))
      ) {
        push(after, false);
        start = after;
        i = after - 1;
      }
    }
  }
  push(n, true);
  return out;
}
