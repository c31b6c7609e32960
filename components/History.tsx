/** An authority's full judgement history, newest first, with its lineage and neighbours. */
import type { AuthorityHistory } from '@/lib/messaging';
import { FRAMEWORK_LABELS, JUDGEMENTS, type Inspection } from '@/lib/data/schema';
import { judgementWordsIn } from '@/lib/ui/grades';
import { longDate } from '@/lib/dates';
import { hasNoOverall } from '@/lib/ui/record-text';
import { unverifiedSentence } from '@/lib/ui/unverified';
import { historyTimeline } from '@/lib/ui/timeline';
import { GradeChip } from './Chips';
import { EventItem } from './EventItem';
import { HistoryGrid, NeighboursGrid } from './HistoryGrid';

export function History(props: { history: AuthorityHistory; onOpen(id: string): void }) {
  const { authority, inspections, predecessors, successors, neighbours } = props.history;
  const link = (ref: { id: string; name: string }) => (
    <button type="button" class="link-button" onClick={() => props.onOpen(ref.id)}>
      {ref.name}
    </button>
  );
  return (
    <article aria-labelledby="history-title">
      <h2 id="history-title">{authority.name}</h2>
      <p class="muted">
        {authority.region}
        {authority.abolished ? ` · Abolished ${longDate(authority.abolished)}` : ''}
        {authority.ofstedPage && (
          <>
            {' · '}
            <a href={authority.ofstedPage} target="_blank" rel="noreferrer">
              Ofsted page
            </a>
          </>
        )}
      </p>
      {predecessors.length > 0 && <p>Took over from: {joinNodes(predecessors.map(link))}</p>}
      {successors.length > 0 && <p>Replaced by: {joinNodes(successors.map(link))}</p>}
      <HistoryGrid inspections={inspections} />
      <h3>Inspections, newest first</h3>
      {inspections.length === 0 && !props.history.events?.length ? (
        <p>No inspection report on record.</p>
      ) : (
        <ol class="timeline">
          {historyTimeline(inspections, props.history.events).map((entry) =>
            entry.kind === 'inspection' ? (
              <InspectionItem key={entry.inspection.id} inspection={entry.inspection} />
            ) : (
              <EventItem key={entry.event.url} event={entry.event} />
            ),
          )}
        </ol>
      )}
      {neighbours.length > 0 && (
        <>
          <h3>Statistical neighbours: latest overall grade</h3>
          <NeighboursGrid neighbours={neighbours} name={link} />
        </>
      )}
    </article>
  );
}

function joinNodes(nodes: preact.JSX.Element[]) {
  return nodes.flatMap((node, i) => (i === 0 ? [node] : [', ', node]));
}

function InspectionItem({ inspection }: { inspection: Inspection }) {
  const fieldwork =
    inspection.fieldworkStart && inspection.fieldworkEnd
      ? `Fieldwork ${longDate(inspection.fieldworkStart)} to ${longDate(inspection.fieldworkEnd)}`
      : inspection.fieldworkStart
        ? `Fieldwork from ${longDate(inspection.fieldworkStart)}`
        : 'Fieldwork dates not recorded';
  const judgements = JUDGEMENTS.filter((j) => inspection.judgements[j] !== undefined);
  return (
    <li class="inspection">
      <h4>Published {longDate(inspection.published)}</h4>
      <p class="muted">
        {FRAMEWORK_LABELS[inspection.framework]}
        {inspection.kind ? ` · ${inspection.kind === 'short' ? 'Short' : 'Standard'} inspection` : ''} · {fieldwork}
      </p>
      {inspection.source.kind === 'unverified' && <p class="warning">{unverifiedSentence(inspection)}</p>}
      {inspection.source.kind === 'curated' && <p class="muted">Source: {inspection.source.citation}</p>}
      {hasNoOverall(inspection) && <p>No overall effectiveness grade: Ofsted stopped giving one for inspections from April 2026.</p>}
      <dl class="judgements">
        {judgements.map((j) => (
          <div key={j}>
            <dt>{judgementWordsIn(inspection.framework, j)}</dt>
            <dd>
              <GradeChip value={inspection.judgements[j]!} />
            </dd>
          </div>
        ))}
      </dl>
      <p>
        <a href={inspection.url} target="_blank" rel="noreferrer">
          Read the report
        </a>
      </p>
    </li>
  );
}
