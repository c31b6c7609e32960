/**
 * Errors about seed files and the dataset, worded so the person fixing the seeds can
 * go straight to the file, the record and the field.
 */

/** One problem in the seeds. */
export interface SeedIssue {
  /** The seed file, as shown to people (e.g. "seeds/inspections.json"); null for whole-dataset problems. */
  file: string | null;
  /** The record's id (or `#<index>` when it has none); null for whole-file problems. */
  record: string | null;
  /** Dotted path of the field within the record (e.g. "judgements.overall"); null when not about one field. */
  field: string | null;
  message: string;
}

/**
 * Formats an issue as one line, e.g.
 * `seeds/inspections.json: record "hertfordshire-2023-03-10" field judgements.overall: "adequate" is not a grade in ilacs_2023`.
 */
export function formatSeedIssue(issue: SeedIssue): string {
  const where = [
    issue.file ?? 'dataset',
    issue.record === null ? null : `record "${issue.record}"`,
    issue.field === null || issue.field === '' ? null : `field ${issue.field}`,
  ].filter((part): part is string => part !== null);
  const [file, ...rest] = where;
  return `${file}:${rest.length > 0 ? ` ${rest.join(' ')}:` : ''} ${issue.message}`;
}

/** How many issues an error message lists before summarising the rest. */
const MAX_LISTED = 40;

/** Thrown when the seeds or a dataset fail validation; `issues` holds every problem found. */
export class SeedError extends Error {
  readonly issues: readonly SeedIssue[];

  constructor(issues: readonly SeedIssue[]) {
    const lines = issues.slice(0, MAX_LISTED).map(formatSeedIssue);
    if (issues.length > MAX_LISTED) lines.push(`... and ${issues.length - MAX_LISTED} more`);
    super(issues.length === 1 ? (lines[0] ?? '') : `${issues.length} problems in the seeds:\n${lines.join('\n')}`);
    this.name = 'SeedError';
    this.issues = issues;
  }
}
