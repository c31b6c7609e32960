/**
 * The background's answers to the content script and the popup. Pure apart from
 * the badge callback, so tests can run them against WXT's fake browser.
 */
import type { Dataset } from '@/lib/data/schema';
import type { Analysis, ArticleContext } from '@/lib/engine/types';
import type { BackgroundHandlers, SearchHit } from '@/lib/messaging';
import { historyOf, recordIndex, summariseAuthority, withRecords, type RecordIndex } from '@/lib/ui/summaries';

/** What the handlers run on: the dataset, the engine and the toolbar. */
export interface BackgroundDeps {
  dataset: () => Dataset;
  analyse: (text: string, context: ArticleContext) => Analysis;
  search: (query: string) => SearchHit[];
  setBadge: (tabId: number, counts: { claims: number; attention: number }) => Promise<void>;
}

/** The message handlers, with the dataset's lookups built on first use. */
export function createHandlers(deps: BackgroundDeps): BackgroundHandlers {
  let index: RecordIndex | undefined;
  const records = () => (index ??= recordIndex(deps.dataset()));
  return {
    analyse: (request) => {
      const context: ArticleContext = {
        published: request.published,
        publishedSource: request.published ? 'metadata' : 'caller',
        title: request.title,
        // Spans past the text's end or running backwards come from a confused page: left out.
        articleSpans: request.articleSpans?.filter((s) => s.start < s.end && s.end <= request.text.length) ?? null,
        url: request.url ?? null,
      };
      return withRecords(records(), deps.analyse(request.text, context));
    },
    badge: async (request, sender) => {
      if (sender.tabId !== undefined) await deps.setBadge(sender.tabId, request);
      return { ok: true as const };
    },
    search: (request) => ({ hits: deps.search(request.query) }),
    history: (request) => {
      const history = historyOf(records(), request.id);
      const summary = history ? undefined : summariseAuthority(records(), request.id);
      return { history, notInspected: summary?.kind === 'not_inspected' ? summary : null };
    },
    info: () => {
      const { dataset } = records();
      return { asOf: dataset.asOf, authorities: dataset.authorities.length, inspections: dataset.inspections.length };
    },
  };
}

/** Badge text and colour: red count of claims needing attention, green tick when all claims check out. */
export function badgeFor(counts: { claims: number; attention: number }): { text: string; colour: string } {
  if (counts.attention > 0) return { text: String(counts.attention), colour: '#b3261e' };
  if (counts.claims > 0) return { text: '✓', colour: '#1d6b35' };
  return { text: '', colour: '#5f6368' };
}
