/** What the reader told us on pages: sites paused from the popup and claims marked "Not a claim", each clearable. */
import type { ReaderChoices } from '@/lib/reader-choices';

export function ReaderChoicesForm(props: { choices: ReaderChoices; onChange(choices: ReaderChoices): void }) {
  const { choices } = props;
  const pages = Object.entries(choices.notClaims).filter(([, keys]) => keys.length > 0);
  const hidden = pages.reduce((n, [, keys]) => n + keys.length, 0);
  return (
    <div class="options">
      <fieldset>
        <legend>Sites paused from the popup</legend>
        {choices.paused.length === 0 ? (
          <p class="muted">None.</p>
        ) : (
          <ul class="sites">
            {choices.paused.map((host) => (
              <li key={host}>
                {host}{' '}
                <button type="button" onClick={() => props.onChange({ ...choices, paused: choices.paused.filter((s) => s !== host) })}>
                  Resume on {host}
                </button>
              </li>
            ))}
          </ul>
        )}
      </fieldset>
      <fieldset>
        <legend>Marks you said were not claims</legend>
        {hidden === 0 ? (
          <p class="muted">None.</p>
        ) : (
          <>
            <p>
              {hidden} mark{hidden === 1 ? '' : 's'} hidden on {pages.length} page{pages.length === 1 ? '' : 's'}, kept on this device only.
            </p>
            <ul class="sites">
              {pages.map(([page, keys]) => (
                <li key={page}>
                  {page} ({keys.length})
                </li>
              ))}
            </ul>
            <button type="button" onClick={() => props.onChange({ ...choices, notClaims: {} })}>
              Clear the list
            </button>
          </>
        )}
      </fieldset>
    </div>
  );
}
