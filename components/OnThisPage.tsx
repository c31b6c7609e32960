/**
 * "On this page": a summary line, then the claims that need attention first (repeats
 * grouped with a count), each with its verdict, the record behind it and what the
 * reader can do; then the authorities the page names. Long pages are shown a page of
 * claims at a time.
 */
import { useState } from 'preact/hooks';
import type { PageFindings } from '@/lib/messaging';
import { asOfLine, checkedAgainstLine, claimWords, latestLine } from '@/lib/ui/record-text';
import { correctionNote } from '@/lib/ui/correction';
import { misreadingReport } from '@/lib/ui/misreading';
import { groupClaims, shortQuote, summaryLine, type ClaimGroup } from '@/lib/ui/claim-groups';
import { longDate } from '@/lib/dates';
import { readerExplanation, verdictLabel } from '@/lib/ui/explanation';
import { VerdictChip } from './Chips';

export type PageState = { kind: 'loading' } | { kind: 'unavailable'; reason: string } | { kind: 'ready'; findings: PageFindings };

/** How many claim groups are drawn before "Show more" (a 25,000-word page has over a thousand claims). */
export const GROUPS_PER_PAGE = 50;

export interface OnThisPageProps {
  state: PageState;
  onCopy(text: string): Promise<void>;
  onOpenHistory(id: string): void;
  /** Scrolls the page to the claim at this index of the page's findings and opens its card. */
  onShowClaim(index: number): void;
  /** "Not a claim" for every claim of the group (by index). */
  onNotAClaim(indexes: number[]): Promise<void>;
  /** Pauses (true) or resumes Ofsted Lens on the page's site. */
  onPause(paused: boolean): Promise<void>;
}

export function OnThisPage(props: OnThisPageProps) {
  const { state } = props;
  const [shown, setShown] = useState(GROUPS_PER_PAGE);
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  if (state.kind === 'loading') return <p role="status">Reading this page…</p>;
  if (state.kind === 'unavailable') return <p role="status">{state.reason}</p>;
  const { findings } = state;
  const host = siteOf(findings.url);
  if (!findings.active) {
    return (
      <div>
        <p role="status">Ofsted Lens is paused on this site. You can change where it runs in Options.</p>
        {host && (
          <button type="button" onClick={() => void props.onPause(false)}>
            Resume on {host}
          </button>
        )}
      </div>
    );
  }
  if (findings.mentions.length === 0) {
    return <p role="status">This page names no English local authority, so there is nothing to check.</p>;
  }
  const groups = groupClaims(findings.claims).filter((g) => !hidden.has(g.key));
  const visibleClaims = groups.flatMap((g) => g.indexes.map((i) => findings.claims[i]!));
  return (
    <div>
      <p class="summary">
        <strong>{summaryLine(visibleClaims, findings.inspections)}</strong>
      </p>
      <p class="muted">{asOfLine(findings.published)}</p>
      {host && (
        <p>
          <button type="button" class="link-button" onClick={() => void props.onPause(true)}>
            Pause on this site
          </button>
        </p>
      )}
      {groups.length > 0 && (
        <>
          <h2 id="claims-title">Claims, those needing attention first</h2>
          <ul class="claims" aria-labelledby="claims-title">
            {groups.slice(0, shown).map((group) => (
              <ClaimItem
                key={group.key}
                group={group}
                findings={findings}
                onCopy={props.onCopy}
                onShow={() => props.onShowClaim(group.indexes[0]!)}
                onNotAClaim={async () => {
                  await props.onNotAClaim(group.indexes);
                  setHidden(new Set([...hidden, group.key]));
                }}
              />
            ))}
          </ul>
          {groups.length > shown && (
            <button type="button" onClick={() => setShown(shown + GROUPS_PER_PAGE)}>
              Show {Math.min(GROUPS_PER_PAGE, groups.length - shown)} more of {groups.length - shown}
            </button>
          )}
        </>
      )}
      <h2 id="named-title">Councils named</h2>
      <ul class="named" aria-labelledby="named-title">
        {findings.mentions.map(({ id, count }) => {
          const authority = findings.authorities[id];
          return (
            <li class="authority" key={id}>
              <h3 id={`auth-${id}`}>{authority?.name ?? id}</h3>
              <p class="muted">
                Named {count} time{count === 1 ? '' : 's'}. {authority ? latestLine(authority) : ''}
              </p>
              {authority?.kind === 'authority' && (
                <button type="button" class="link-button" onClick={() => props.onOpenHistory(id)}>
                  Full history of {authority.shortName}
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** The page's host name, as "Pause on this site" stores it; null for pages that have none. */
function siteOf(url: string): string | null {
  try {
    const host = new URL(url).hostname.toLowerCase().replace(/^www\./, '');
    return host || null;
  } catch {
    return null;
  }
}

function ClaimItem(props: {
  group: ClaimGroup;
  findings: PageFindings;
  onCopy(text: string): Promise<void>;
  onShow(): void;
  onNotAClaim(): Promise<void>;
}) {
  const { group, findings } = props;
  const { claim, sentence } = group.first;
  const [status, setStatus] = useState('');
  const authority = findings.authorities[claim.authority];
  const name = authority?.name ?? claim.authority;
  const inspection = claim.inspection ? findings.inspections[claim.inspection.id] : undefined;
  const suggested = claim.suggestion ? findings.authorities[claim.suggestion.authority] : undefined;
  const checked = checkedAgainstLine(claim, inspection, suggested?.shortName);
  const count = group.indexes.length;
  const copy = async (text: string, done: string) => {
    try {
      await props.onCopy(text);
      setStatus(done);
    } catch {
      setStatus('Could not copy.');
    }
  };
  const note = () =>
    correctionNote({
      claim,
      sentence,
      authority,
      inspection,
      pageUrl: findings.url,
      articleDate: findings.published.date,
      inspections: findings.inspections,
    });
  return (
    <li class="claim">
      <p class="claim-head">
        <VerdictChip verdict={claim.verdict} label={verdictLabel(claim, findings.inspections)} /> <strong>{name}</strong>
        {count > 1 && <span class="count"> · {count} times on this page</span>}
      </p>
      <button type="button" class="quote-button" onClick={props.onShow}>
        <span class="visually-hidden">Show on page: </span>“{shortQuote(sentence, claim.text)}”
      </button>
      <p>
        <span class="muted">{claimWords(claim)}.</span> {readerExplanation(claim, findings.inspections)}
      </p>
      {checked && (
        <p class="muted">
          {checked}{' '}
          {claim.inspection && (
            <a href={claim.inspection.url} target="_blank" rel="noreferrer">
              {suggested ? `${suggested.shortName}'s report` : 'Report'} of {longDate(claim.inspection.published)}
            </a>
          )}
        </p>
      )}
      {claim.supersededBy && (
        <p class="muted">
          Since superseded by the{' '}
          <a href={claim.supersededBy.url} target="_blank" rel="noreferrer">
            report of {longDate(claim.supersededBy.published)}
          </a>
          .
        </p>
      )}
      {claim.flags.map((flag) => (
        <p class="muted" key={flag}>
          {flag}
        </p>
      ))}
      <div class="actions">
        <button type="button" onClick={() => void copy(note(), 'Correction note copied.')}>
          Copy correction note
        </button>
        <button type="button" onClick={() => void props.onNotAClaim().catch((e: unknown) => setStatus(String(e)))}>
          Not a claim
        </button>
        <button
          type="button"
          onClick={() =>
            void copy(
              misreadingReport({ claim, sentence, authorityName: name, pageUrl: findings.url, inspections: findings.inspections }),
              'Copied: paste it into a new issue on the project’s tracker. Nothing was sent.',
            )
          }
        >
          Report a misreading
        </button>
      </div>
      <p role="status" class="copied">
        {status}
      </p>
    </li>
  );
}
