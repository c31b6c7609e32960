/** Find any authority by any name people use, including councils Ofsted does not inspect. */
import type { SearchHit } from '@/lib/messaging';
import { longDate } from '@/lib/dates';

export function Search(props: { query: string; hits: SearchHit[] | null; onQuery(query: string): void; onPick(hit: SearchHit): void }) {
  const { query, hits } = props;
  return (
    <div>
      <form role="search" onSubmit={(event) => event.preventDefault()}>
        <label for="search-input">Council or area name</label>
        <input
          id="search-input"
          type="search"
          value={query}
          autocomplete="off"
          placeholder="e.g. Herts, Hull, Cardiff"
          onInput={(event) => props.onQuery((event.currentTarget as HTMLInputElement).value)}
        />
      </form>
      <div aria-live="polite" class="muted results-count">
        {hits && query.trim() !== '' ? (hits.length === 0 ? 'No council found by that name.' : `${hits.length} found.`) : ''}
      </div>
      {hits && hits.length > 0 && (
        <ul class="hits">
          {hits.map((hit) => (
            <li key={hit.id}>
              <button type="button" class="hit" onClick={() => props.onPick(hit)}>
                <span class="hit-name">{hit.name}</span>
                {hit.matched && <span class="muted"> (matched “{hit.matched}”)</span>}
                {hit.kind === 'not_inspected' && <span class="muted"> · Not inspected by Ofsted: {hit.inspectorate} inspects it</span>}
                {hit.abolished && <span class="muted"> · Abolished {longDate(hit.abolished)}</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
