/**
 * A changelog section for one release: the data changes (the refresh's reviewed
 * summary, data-changes.md) and the code changes (commit subjects since the last release).
 */
import { longDate } from '../../lib/dates';

export interface ChangelogInput {
  version: string;
  asOf: string;
  /** Release day, ISO. */
  today: string;
  /** data-changes.md as the refresh wrote it, or null when there was no refresh since the last release. */
  dataChanges: string | null;
  /** Commit subjects since the last release, oldest first. */
  commits: readonly string[];
  /** What the commits are counted from, for the reader ("release 0.2.2026.1120", "the first commit"). */
  since: string;
}

/** The Markdown section, ending with a blank line. */
export function changelogSection(input: ChangelogInput): string {
  // The refresh's own heading is replaced by this section's; its sub-headings move one level down.
  const data = input.dataChanges
    ?.replace(/^## .*\n+/, '')
    .replace(/^### /gm, '#### ')
    .trim();
  return [
    `## ${input.version} (${input.today})`,
    '',
    `Data up to ${longDate(input.asOf)}.`,
    '',
    '### Data changes',
    '',
    data && data !== '' ? data : 'None since the last release (no refresh was reviewed).',
    '',
    `### Code changes since ${input.since}`,
    '',
    ...(input.commits.length === 0 ? ['- none'] : input.commits.map((c) => `- ${c}`)),
    '',
  ].join('\n');
}
