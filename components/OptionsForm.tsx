/** The options: where Ofsted Lens runs and which claims it marks. */
import { useState } from 'preact/hooks';
import { normaliseSite, type Options } from '@/lib/storage';

export function OptionsForm(props: { options: Options; onChange(options: Options): void; saved: boolean }) {
  const { options } = props;
  const [site, setSite] = useState('');
  const [error, setError] = useState('');
  const set = (patch: Partial<Options>) => props.onChange({ ...options, ...patch });
  const addSite = (event: Event) => {
    event.preventDefault();
    const host = normaliseSite(site);
    if (!host) {
      setError('Enter a site name such as example.co.uk');
      return;
    }
    setError('');
    setSite('');
    if (!options.sites.includes(host)) set({ sites: [...options.sites, host] });
  };
  return (
    <div class="options">
      <fieldset>
        <legend>Where Ofsted Lens runs</legend>
        {(
          [
            ['all', 'On all sites'],
            ['listed', 'Only on the sites I list'],
            ['paused', 'Paused (nowhere)'],
          ] as const
        ).map(([value, label]) => (
          <label class="choice" key={value}>
            <input type="radio" name="scope" value={value} checked={options.scope === value} onChange={() => set({ scope: value })} />{' '}
            {label}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Sites</legend>
        <form onSubmit={addSite} class="row">
          <label for="site-input">Add a site</label>
          <input
            id="site-input"
            value={site}
            aria-invalid={error !== ''}
            aria-describedby={error ? 'site-error' : undefined}
            onInput={(event) => setSite((event.currentTarget as HTMLInputElement).value)}
          />
          <button type="submit">Add</button>
        </form>
        {error && (
          <p id="site-error" role="alert" class="warning">
            {error}
          </p>
        )}
        {options.sites.length === 0 ? (
          <p class="muted">No sites listed.</p>
        ) : (
          <ul class="sites">
            {options.sites.map((host) => (
              <li key={host}>
                {host}{' '}
                <button type="button" aria-label={`Remove ${host}`} onClick={() => set({ sites: options.sites.filter((s) => s !== host) })}>
                  Remove
                </button>
              </li>
            ))}
          </ul>
        )}
      </fieldset>
      <fieldset>
        <legend>Which claims to mark</legend>
        {(
          [
            ['all', 'Every claim'],
            ['attention', 'Only claims that need attention (contradicted, or about the wrong authority)'],
          ] as const
        ).map(([value, label]) => (
          <label class="choice" key={value}>
            <input type="radio" name="marks" value={value} checked={options.marks === value} onChange={() => set({ marks: value })} />{' '}
            {label}
          </label>
        ))}
      </fieldset>
      <p role="status" class="muted">
        {props.saved ? 'Saved. Open pages update straight away.' : ''}
      </p>
    </div>
  );
}
