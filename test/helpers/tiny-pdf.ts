/**
 * A tiny PDF writer for tests: pages of positioned text lines in the standard
 * Helvetica font (WinAnsi encoding), enough for pdfjs-dist to read back with
 * positions. Coordinates are PDF units on an A4 page, origin bottom left.
 */

/** One run of text at a position. */
export interface PdfText {
  readonly x: number;
  readonly y: number;
  readonly text: string;
  readonly size?: number;
}

/** WinAnsi codes for the few non-ASCII characters reports use. */
const WIN_ANSI: Record<string, number> = { '\u2013': 0x96, '\u2014': 0x97, '\u2019': 0x92, '\u2018': 0x91 };

function pdfString(text: string): string {
  let out = '';
  for (const ch of text) {
    if (ch === '(' || ch === ')' || ch === '\\') out += `\\${ch}`;
    else if (WIN_ANSI[ch] !== undefined) out += `\\${WIN_ANSI[ch].toString(8)}`;
    else if (ch.charCodeAt(0) < 128) out += ch;
    else throw new Error(`tiny-pdf: no WinAnsi code for "${ch}"`);
  }
  return `(${out})`;
}

/** Builds a PDF file with one page per entry of `pages`. */
export function tinyPdf(pages: readonly (readonly PdfText[])[]): Uint8Array {
  const objects: string[] = [];
  const add = (body: string): number => {
    objects.push(body);
    return objects.length;
  };
  const catalog = add('');
  const pagesObj = add('');
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const kids: number[] = [];
  for (const page of pages) {
    const stream = page.map((t) => `BT /F1 ${t.size ?? 11} Tf 1 0 0 1 ${t.x} ${t.y} Tm ${pdfString(t.text)} Tj ET`).join('\n');
    const content = add(`<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`);
    kids.push(
      add(
        `<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${content} 0 R >>`,
      ),
    );
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObj} 0 R >>`;
  objects[pagesObj - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;

  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

/** Lines of text down a page from `top`, `step` apart, all at `x`. */
export function column(x: number, top: number, step: number, lines: readonly string[]): PdfText[] {
  return lines.map((text, i) => ({ x, y: top - i * step, text }));
}
