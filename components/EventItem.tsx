/** One ungraded publication in an authority's history: what it was, when, and where to read it. */
import type { InspectionEvent } from '@/lib/data/schema';
import { EVENT_LABELS } from '@/lib/data/events';
import { longDate } from '@/lib/dates';

export function EventItem({ event }: { event: InspectionEvent }) {
  return (
    <li class="inspection event">
      <h4>
        {EVENT_LABELS[event.kind]}, published {longDate(event.published)}
      </h4>
      <p class="muted">Ofsted gives no grade for this kind of publication.</p>
      <p>
        <a href={event.url} target="_blank" rel="noreferrer">
          Read it on Ofsted's site
        </a>
      </p>
    </li>
  );
}
