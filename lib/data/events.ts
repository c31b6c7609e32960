/**
 * The words and order for ungraded publications (focused visits, monitoring visits,
 * joint targeted area inspections); their schema is `InspectionEvent` in ./schema.
 */
import type { EventKind, InspectionEvent } from './schema';

/** How the history names each kind. */
export const EVENT_LABELS: Record<EventKind, string> = {
  focused_visit: 'Focused visit',
  monitoring_visit: 'Monitoring visit',
  joint_targeted_area_inspection: 'Joint targeted area inspection',
};

/** The seed's order: authority, then date, then address, so a rewrite is byte-identical. */
export function compareEvents(a: InspectionEvent, b: InspectionEvent): number {
  if (a.authority !== b.authority) return a.authority < b.authority ? -1 : 1;
  if (a.published !== b.published) return a.published < b.published ? -1 : 1;
  return a.url < b.url ? -1 : a.url > b.url ? 1 : 0;
}
