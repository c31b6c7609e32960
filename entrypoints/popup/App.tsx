/**
 * The popup: On this page, History and Search. Thin: it talks to the background
 * and the tab's content script and hands plain data to the components.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { HistoryResponse, SearchHit } from '@/lib/messaging';
import { askBackground, askPageFindings } from '@/lib/transport';
import { Tabs } from '@/components/Tabs';
import { OnThisPage, type PageState } from '@/components/OnThisPage';
import { History } from '@/components/History';
import { Search } from '@/components/Search';
import { Footer } from '@/components/Footer';
import { latestLine } from '@/lib/ui/record-text';
import { claimKey } from '@/lib/ui/claim-key';
import { updateReaderChoices, withNotClaim, withPaused } from '@/lib/reader-choices';

type View = 'page' | 'history' | 'search';
const TABS = [
  { key: 'page', label: 'On this page' },
  { key: 'history', label: 'History' },
  { key: 'search', label: 'Search' },
] as const;

async function targetTab(param: string | null): Promise<number | null> {
  if (param && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

export function App({ params }: { params: URLSearchParams }) {
  const initialQuery = params.get('q') ?? '';
  const [view, setView] = useState<View>(
    initialQuery ? 'search' : params.get('id') ? 'history' : ((params.get('view') as View | null) ?? 'page'),
  );
  const [page, setPage] = useState<PageState>({ kind: 'loading' });
  const [tabId, setTabId] = useState<number | null>(null);
  const [asOf, setAsOf] = useState<string | null>(null);
  const [query, setQuery] = useState(initialQuery);
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const [historyId, setHistoryId] = useState<string | null>(params.get('id'));
  const [history, setHistory] = useState<HistoryResponse | null>(null);
  const [error, setError] = useState('');

  useEffect(() => {
    askBackground({ type: 'info' })
      .then((info) => setAsOf(info.asOf))
      .catch((e: unknown) => setError(String(e)));
    targetTab(params.get('tab'))
      .then(async (tabId) => {
        setTabId(tabId);
        const findings = tabId === null ? null : await askPageFindings(tabId);
        setPage(
          findings
            ? { kind: 'ready', findings }
            : {
                kind: 'unavailable',
                reason: 'Ofsted Lens cannot read this page (browser pages, or a tab opened before it was installed: reload the tab).',
              },
        );
      })
      .catch((e: unknown) => setPage({ kind: 'unavailable', reason: `Could not read this page: ${String(e)}` }));
  }, []);

  useEffect(() => {
    if (query.trim() === '') {
      setHits(null);
      return;
    }
    let stale = false;
    const timer = setTimeout(() => {
      askBackground({ type: 'search', query })
        .then((reply) => !stale && setHits(reply.hits))
        .catch((e: unknown) => setError(String(e)));
    }, 120);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [query]);

  useEffect(() => {
    if (!historyId) return;
    setHistory(null);
    askBackground({ type: 'history', id: historyId })
      .then(setHistory)
      .catch((e: unknown) => setError(String(e)));
  }, [historyId]);

  const openHistory = (id: string) => {
    setHistoryId(id);
    setView('history');
  };

  return (
    <div class="app">
      <header class="top">
        <h1>Ofsted Lens</h1>
        <button type="button" class="link-button" onClick={() => void browser.runtime.openOptionsPage()}>
          Options
        </button>
      </header>
      <Tabs<View> tabs={TABS} selected={view} onSelect={setView}>
        {view === 'page' && (
          <OnThisPage
            state={page}
            onCopy={(text) => navigator.clipboard.writeText(text)}
            onOpenHistory={openHistory}
            onShowClaim={(index) => {
              if (tabId === null) return;
              void browser.tabs
                .sendMessage(tabId, { type: 'show-claim', index })
                .then(() => {
                  // A toolbar popup closes so the reader lands on the card; a popup opened in a tab stays.
                  if (!params.has('tab')) window.close();
                })
                .catch((e: unknown) => setError(`Could not reach the page: ${String(e)}`));
            }}
            onNotAClaim={async (indexes) => {
              if (page.kind !== 'ready') return;
              const { findings } = page;
              await updateReaderChoices((choices) =>
                indexes.reduce((c, i) => {
                  const item = findings.claims[i];
                  return item ? withNotClaim(c, findings.url, claimKey(item.claim, item.sentence)) : c;
                }, choices),
              );
            }}
            onPause={async (paused) => {
              if (page.kind !== 'ready') return;
              const { findings } = page;
              await updateReaderChoices((choices) => withPaused(choices, new URL(findings.url).hostname, paused));
              setPage({ kind: 'ready', findings: { ...findings, active: !paused } });
            }}
          />
        )}
        {view === 'history' &&
          (!historyId ? (
            <p>Search for a council, or pick one on this page, to see its history.</p>
          ) : history === null ? (
            <p role="status">Loading…</p>
          ) : history.history ? (
            <History history={history.history} onOpen={openHistory} />
          ) : history.notInspected ? (
            <section aria-labelledby="not-inspected-title">
              <h2 id="not-inspected-title">{history.notInspected.name}</h2>
              <p>{latestLine(history.notInspected)}</p>
            </section>
          ) : (
            <p>No authority with that id.</p>
          ))}
        {view === 'search' && <Search query={query} hits={hits} onQuery={setQuery} onPick={(hit) => openHistory(hit.id)} />}
      </Tabs>
      {error && (
        <p role="alert" class="warning">
          {error}
        </p>
      )}
      <Footer asOf={asOf} />
    </div>
  );
}
