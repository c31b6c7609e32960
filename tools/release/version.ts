/**
 * The release version: `<major>.<minor>.<year>.<month*100+day>` of the dataset's as-of
 * date, e.g. data up to 1 December 2026 with code version 0.2 gives 0.2.2026.1201.
 * Both stores take four dot-separated integers, each at most 65535 and without
 * leading zeros (so 5 January is 105), and every upload must be newer than the last.
 */

/** The version for a dataset as of `asOf` (ISO date) and a code version "major.minor". */
export function releaseVersion(codeVersion: string, asOf: string): string {
  const code = /^(0|[1-9]\d*)\.(0|[1-9]\d*)$/.exec(codeVersion);
  if (!code) throw new Error(`code version "${codeVersion}" must be "major.minor", e.g. 0.2`);
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(asOf);
  if (!date) throw new Error(`as-of date "${asOf}" must be YYYY-MM-DD`);
  const parts = [Number(code[1]), Number(code[2]), Number(date[1]), Number(date[2]) * 100 + Number(date[3])];
  const tooBig = parts.find((n) => n > 65535);
  if (tooBig !== undefined) throw new Error(`version part ${tooBig} is over 65535, which the stores refuse`);
  return parts.join('.');
}

/** Compares dotted versions part by part. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
