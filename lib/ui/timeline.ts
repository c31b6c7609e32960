/**
 * An authority's history as one list, newest first: graded inspection reports and
 * the ungraded publications (focused and monitoring visits, JTAIs) in their place.
 */
import type { Inspection, InspectionEvent } from '../data/schema';

export type TimelineEntry = { kind: 'inspection'; inspection: Inspection } | { kind: 'event'; event: InspectionEvent };

/** Newest first; on the same day a report comes before a visit. */
export function historyTimeline(inspections: readonly Inspection[], events: readonly InspectionEvent[] = []): TimelineEntry[] {
  const entries: TimelineEntry[] = [
    ...inspections.map((inspection) => ({ kind: 'inspection' as const, inspection })),
    ...events.map((event) => ({ kind: 'event' as const, event })),
  ];
  const date = (e: TimelineEntry) => (e.kind === 'inspection' ? e.inspection.published : e.event.published);
  return entries.sort((a, b) => date(b).localeCompare(date(a)) || (a.kind === b.kind ? 0 : a.kind === 'inspection' ? -1 : 1));
}
