/** The options page: reads and writes the options item; open pages watch it and update at once. */
import { render } from 'preact';
import { z } from 'zod';
import { useEffect, useState } from 'preact/hooks';
import { optionsItem, parseOptions, readOptions, writeOptions, DEFAULT_OPTIONS, type Options } from '@/lib/storage';
import { OptionsForm } from '@/components/OptionsForm';
import { ReaderChoicesForm } from '@/components/ReaderChoicesForm';
import { parseReaderChoices, readerChoicesItem, updateReaderChoices, type ReaderChoices } from '@/lib/reader-choices';
import '@/components/ui.css';

// Extension pages forbid eval by CSP; tell zod not to try compiling validators.
z.config({ jitless: true });

function OptionsPage() {
  const [options, setOptions] = useState<Options | null>(null);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState('');
  const [choices, setChoices] = useState<ReaderChoices | null>(null);
  useEffect(() => {
    readOptions().then(setOptions, () => setOptions({ ...DEFAULT_OPTIONS }));
    return optionsItem.watch((value) => setOptions(parseOptions(value)));
  }, []);
  useEffect(() => {
    readerChoicesItem.getValue().then(
      (value) => setChoices(parseReaderChoices(value)),
      () => setChoices({ paused: [], notClaims: {} }),
    );
    return readerChoicesItem.watch((value) => setChoices(parseReaderChoices(value)));
  }, []);
  if (!options) return <p role="status">Loading…</p>;
  return (
    <main class="app options-page">
      <h1>Ofsted Lens options</h1>
      <OptionsForm
        options={options}
        saved={saved}
        onChange={(next) => {
          setOptions(next);
          writeOptions(next).then(
            () => {
              setSaved(true);
              setError('');
            },
            (e: unknown) => setError(String(e)),
          );
        }}
      />
      <h2>Your corrections</h2>
      {choices && (
        <ReaderChoicesForm
          choices={choices}
          onChange={(next) => {
            setChoices(next);
            updateReaderChoices(() => next).catch((e: unknown) => setError(String(e)));
          }}
        />
      )}
      {error && (
        <p role="alert" class="warning">
          {error}
        </p>
      )}
    </main>
  );
}

render(<OptionsPage />, document.getElementById('app')!);
