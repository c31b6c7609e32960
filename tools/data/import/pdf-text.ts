/**
 * Text extraction from report PDFs with pdfjs-dist (legacy build, runs in Node).
 *
 * Text items keep their positions so that tables laid out in two columns (the
 * SIF judgement table, the ILACS grade table) can be read row by row: items are
 * grouped into lines by their baseline, and a line keeps its items left to right.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** One piece of text on a page, with its left edge and baseline (PDF units, origin bottom left). */
export interface TextItem {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  /** Advance width; used to tell a kerning split inside a word from a gap between words. */
  readonly width: number;
  /** Font size (height), for the same purpose. */
  readonly size: number;
}

/** One visual line: the items sharing a baseline, left to right. */
export interface TextLine {
  readonly page: number;
  readonly y: number;
  readonly items: readonly TextItem[];
  /** The items joined with single spaces, whitespace collapsed. */
  readonly text: string;
}

/** What a parser receives: the lines of the first pages of one report. */
export interface ExtractedText {
  readonly pageCount: number;
  /** The pages whose lines are present (a blank page has none). */
  readonly pagesRead: readonly number[];
  readonly lines: readonly TextLine[];
}

/** Items whose baselines differ by less than this belong to one line. */
const SAME_LINE = 2.5;

/** Groups positioned items into lines, top to bottom, each left to right. */
export function groupLines(page: number, items: readonly TextItem[]): TextLine[] {
  const sorted = items.filter((it) => it.text.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: { y: number; items: TextItem[] }[] = [];
  for (const item of sorted) {
    const last = lines[lines.length - 1];
    if (last && Math.abs(last.y - item.y) < SAME_LINE) last.items.push(item);
    else lines.push({ y: item.y, items: [item] });
  }
  return lines.map((l) => {
    const ordered = [...l.items].sort((a, b) => a.x - b.x);
    return { page, y: l.y, items: ordered, text: joinItems(ordered) };
  });
}

/**
 * Joins a line's items, adding a space only where there is a visible gap:
 * PDFs often split one word into several items ("Requ" "ires"), and a space
 * between them would break the word.
 */
export function joinItems(items: readonly TextItem[]): string {
  let out = '';
  let end = -Infinity;
  for (const item of items) {
    const gap = item.x - end;
    if (out !== '' && gap > Math.max(1, item.size * 0.15)) out += ' ';
    out += item.text;
    end = item.x + item.width;
  }
  return out.replace(/\s+/g, ' ').trim();
}

/** An open PDF from which pages can be read in any order. */
export interface PdfReader {
  readonly pageCount: number;
  /** The lines of the given pages (1-based), in page order. */
  readPages(pages: readonly number[]): Promise<TextLine[]>;
  close(): Promise<void>;
}

/** Opens a PDF held in memory. */
export async function openPdf(data: Uint8Array): Promise<PdfReader> {
  const task = getDocument({
    // pdfjs takes ownership of the buffer it is given; keep the caller's intact.
    data: data.slice(),
    useSystemFonts: false,
    isEvalSupported: false,
    disableFontFace: true,
    verbosity: 0,
  });
  const doc = await task.promise;
  return {
    pageCount: doc.numPages,
    async readPages(pages) {
      const lines: TextLine[] = [];
      for (const n of [...new Set(pages)].sort((a, b) => a - b)) {
        if (n < 1 || n > doc.numPages) continue;
        const page = await doc.getPage(n);
        const content = await page.getTextContent();
        const items: TextItem[] = [];
        for (const raw of content.items) {
          if (!('str' in raw)) continue;
          const t = raw.transform as number[];
          items.push({ text: raw.str, x: t[4] ?? 0, y: t[5] ?? 0, width: raw.width, size: Math.abs(t[3] ?? raw.height) });
        }
        lines.push(...groupLines(n, items));
        page.cleanup();
      }
      return lines;
    },
    async close() {
      await task.destroy();
    },
  };
}

/** True when the bytes start like a PDF (saved web pages such as "Report not found" do not). */
export function looksLikePdf(data: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(data.subarray(0, 1024));
  return head.includes('%PDF-');
}
