/** "On this page": every authority the page names, each claim about it, its verdict and the record behind it. */
import { useState } from 'preact/hooks';
import type { PageReport } from '@/lib/messaging';
import type { Claim } from '@/lib/engine/types';
import { asOfLine, checkedAgainstLine, claimWords, latestLine } from '@/lib/ui/record-text';
import { correctionNote } from '@/lib/ui/correction';
import { longDate } from '@/lib/ui/dates';
import { VerdictChip } from './Chips';

export type PageState =
  | { kind: 'loading' }
  | { kind: 'unavailable'; reason: string }
  | { kind: 'ready'; report: PageReport };

export function OnThisPage(props: {
  state: PageState;
  onCopy(text: string): Promise<void>;
  onOpenHistory(id: string): void;
}) {
  const { state } = props;
  if (state.kind === 'loading') return <p role="status">Reading this page…</p>;
  if (state.kind === 'unavailable') return <p role="status">{state.reason}</p>;
  const { report } = state;
  if (!report.active) {
    return <p role="status">Ofsted Lens is paused on this site. You can change where it runs in Options.</p>;
  }
  if (report.mentions.length === 0) {
    return <p role="status">This page names no English local authority, so there is nothing to check.</p>;
  }
  return (
    <div>
      <p class="muted">{asOfLine(report.published)}</p>
      {report.mentions.map(({ id, count }) => {
        const authority = report.authorities[id];
        const claims = report.claims.filter(({ claim }) => claim.authority === id);
        return (
          <section class="authority" key={id} aria-labelledby={`auth-${id}`}>
            <h2 id={`auth-${id}`}>{authority?.name ?? id}</h2>
            <p class="muted">
              Named {count} time{count === 1 ? '' : 's'}. {authority ? latestLine(authority) : ''}
            </p>
            {authority?.kind === 'authority' && (
              <button type="button" class="link-button" onClick={() => props.onOpenHistory(id)}>
                Full history of {authority.shortName}
              </button>
            )}
            {claims.length === 0 ? (
              <p class="muted">No grade claims about it on this page.</p>
            ) : (
              <ul class="claims">
                {claims.map(({ claim, sentence }, index) => (
                  <ClaimItem key={`${claim.start}-${index}`} claim={claim} sentence={sentence} report={report} onCopy={props.onCopy} />
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}

function ClaimItem(props: { claim: Claim; sentence: string; report: PageReport; onCopy(text: string): Promise<void> }) {
  const { claim, sentence, report } = props;
  const [copied, setCopied] = useState<'idle' | 'done' | 'failed'>('idle');
  const inspection = claim.inspection ? report.inspections[claim.inspection.id] : undefined;
  const suggested = claim.suggestion ? report.authorities[claim.suggestion.authority] : undefined;
  const checked = checkedAgainstLine(claim, inspection, suggested?.shortName);
  const copy = async () => {
    const note = correctionNote({
      claim,
      sentence,
      authority: report.authorities[claim.authority],
      inspection,
      pageUrl: report.url,
      articleDate: report.published.date,
    });
    try {
      await props.onCopy(note);
      setCopied('done');
    } catch {
      setCopied('failed');
    }
  };
  return (
    <li class="claim">
      <blockquote>“{sentence || claim.text}”</blockquote>
      <p>
        <span class="muted">{claimWords(claim)}</span> <VerdictChip verdict={claim.verdict} />
      </p>
      <p>{claim.explanation}</p>
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
      <button type="button" onClick={() => void copy()}>
        Copy correction note
      </button>
      <span role="status" class="copied">
        {copied === 'done' ? ' Copied.' : copied === 'failed' ? ' Could not copy.' : ''}
      </span>
    </li>
  );
}
