/**
 * Minimal RFC 4180 CSV reading and writing (quoted fields, doubled quotes,
 * CRLF or LF line ends), enough for the source listings and the export.
 */

/** Parses CSV text into rows of fields. A trailing newline does not make an empty row. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Parses CSV with a header row into objects keyed by the header's names. */
export function parseCsvRecords(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text.replace(/^\uFEFF/, ''));
  if (!header) return [];
  return rows
    .filter((r) => r.some((f) => f !== ''))
    .map((r, index) => {
      // A row with the wrong number of cells means a shifted column: every later field would be wrong.
      if (r.length !== header.length) {
        throw new Error(`CSV row ${index + 2} has ${r.length} cells; the header has ${header.length}`);
      }
      return Object.fromEntries(header.map((name, i) => [name.trim(), r[i] ?? '']));
    });
}

/** Quotes a field when it holds a comma, quote or line break. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** One CSV line (without its line end). */
export function csvLine(values: readonly string[]): string {
  return values.map(csvField).join(',');
}
