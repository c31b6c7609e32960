// @vitest-environment happy-dom
/**
 * The popup's views as a reader meets them: what they say, that the keyboard
 * reaches everything, and no axe-core violations.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { OnThisPage, type PageState } from '@/components/OnThisPage';
import { History } from '@/components/History';
import { Search } from '@/components/Search';
import { Footer } from '@/components/Footer';
import { Tabs } from '@/components/Tabs';
import { OptionsForm } from '@/components/OptionsForm';
import { historyOf, recordIndex, summariseInspection } from '@/lib/ui/summaries';
import { judgementValueWords } from '@/lib/ui/grades';
import type { PageFindings } from '@/lib/messaging';
import { fixtureDataset } from '../fixtures/dataset';
import { responseFor } from '../page/fixtures';
import { violations } from './axe';

afterEach(cleanup);

const TEXT = 'Hertfordshire County Council is rated outstanding. Hertfordshire was judged good in January 2026.';

function findings(): PageFindings {
  const r = responseFor(TEXT);
  return {
    url: 'http://localhost/demo.html',
    title: 'Demo',
    published: r.analysis.published,
    mentions: [{ id: 'hertfordshire', count: 2 }],
    claims: r.analysis.claims.map((claim) => ({
      claim,
      sentence: claim.verdict === 'matches' ? TEXT.split('. ')[0]! + '.' : TEXT.split('. ')[1]!,
    })),
    authorities: r.authorities,
    inspections: r.inspections,
    active: true,
  };
}

const ACTIONS = { onOpenHistory: () => {}, onShowClaim: () => {}, onNotAClaim: async () => {}, onPause: async () => {} };

describe('On this page', () => {
  it('lists each authority with each claim quoted, its verdict and the record, and the article date', async () => {
    const { container } = render(<OnThisPage state={{ kind: 'ready', findings: findings() }} onCopy={async () => {}} {...ACTIONS} />);
    expect(screen.getByRole('heading', { name: 'Hertfordshire County Council' })).toBeTruthy();
    expect(container.textContent).toContain('article date 2 March 2026');
    expect(container.querySelector('.summary')?.textContent).toBe('2 claims: 1 needs attention, 1 right, 0 superseded');
    // Attention first: the wrong-authority claim comes before the one that matches.
    const verdicts = Array.from(container.querySelectorAll('.claim .chip'), (c) => c.textContent);
    expect(verdicts).toEqual(['Wrong authority', 'Matches the record']);
    expect(container.textContent).toContain('“Hertfordshire was judged good in January 2026.”');
    expect(container.textContent).toContain('Wrong authority');
    expect(container.textContent).toContain("This grade belongs to Herefordshire's January 2026 report, not Hertfordshire's.");
    expect(container.textContent).toContain('Checked against the report published 12 January 2026');
    expect(await violations(container)).toEqual([]);
  });

  it('copies a citation-ready correction note', async () => {
    const onCopy = vi.fn(async (_text: string) => {});
    render(<OnThisPage state={{ kind: 'ready', findings: findings() }} onCopy={onCopy} {...ACTIONS} />);
    // The wrong-authority claim comes first (it needs attention).
    fireEvent.click(screen.getAllByRole('button', { name: 'Copy correction note' })[0]!);
    await screen.findByText(/Correction note copied/);
    const note = onCopy.mock.calls[0]![0];
    expect(note).toContain('Claim: "Hertfordshire was judged good in January 2026."');
    expect(note).toContain('Verdict: Wrong authority.');
    expect(note).toContain('https://files.ofsted.gov.uk/v1/file/50293401');
    expect(note).toContain('Open Government Licence v3.0');
  });

  it('groups a repeated claim with its count, pages long lists, and shows a claim on the page when its quote is clicked', () => {
    const base = findings();
    const wrong = base.claims.find(({ claim }) => claim.verdict === 'wrong_authority')!;
    const many: PageFindings = {
      ...base,
      claims: [
        ...base.claims,
        wrong,
        // 60 distinct claims (different grades and authorities would do; distinct judgements are enough here).
        ...Array.from({ length: 60 }, (_, i) => ({ ...wrong, claim: { ...wrong.claim, authority: `a${i}` } })),
      ],
    };
    const onShowClaim = vi.fn();
    const { container } = render(
      <OnThisPage state={{ kind: 'ready', findings: many }} onCopy={async () => {}} {...ACTIONS} onShowClaim={onShowClaim} />,
    );
    expect(container.textContent).toContain('2 times on this page');
    expect(container.querySelectorAll('.claim')).toHaveLength(50);
    fireEvent.click(screen.getByRole('button', { name: /Show 12 more of 12/ }));
    expect(container.querySelectorAll('.claim')).toHaveLength(62);
    fireEvent.click(screen.getAllByRole('button', { name: 'Show on page: “Hertfordshire was judged good in January 2026.”' })[0]!);
    expect(onShowClaim).toHaveBeenCalledWith(base.claims.indexOf(wrong));
  });

  it('hides a claim the reader says is not one, pauses on the site, and copies a misreading report (sending nothing)', async () => {
    const onNotAClaim = vi.fn(async (_indexes: number[]) => {});
    const onPause = vi.fn(async (_paused: boolean) => {});
    const onCopy = vi.fn(async (_text: string) => {});
    const r = findings();
    const { container } = render(
      <OnThisPage state={{ kind: 'ready', findings: r }} onCopy={onCopy} {...ACTIONS} onNotAClaim={onNotAClaim} onPause={onPause} />,
    );
    fireEvent.click(screen.getAllByRole('button', { name: 'Report a misreading' })[0]!);
    await screen.findByText(/Nothing was sent/);
    const text = onCopy.mock.calls[0]![0];
    expect(text).toContain('Page: http://localhost/demo.html');
    expect(text).toContain('Sentence: "Hertfordshire was judged good in January 2026."');
    expect(text).toContain('Its verdict: Wrong authority.');
    fireEvent.click(screen.getAllByRole('button', { name: 'Not a claim' })[0]!);
    await vi.waitFor(() => expect(container.querySelectorAll('.claim')).toHaveLength(1));
    expect(onNotAClaim).toHaveBeenCalledWith([r.claims.findIndex(({ claim }) => claim.verdict === 'wrong_authority')]);
    expect(container.querySelector('.summary')?.textContent).toBe('1 claim: 0 need attention, 1 right, 0 superseded');
    fireEvent.click(screen.getByRole('button', { name: 'Pause on this site' }));
    expect(onPause).toHaveBeenCalledWith(true);
  });

  it.each<[PageState, string]>([
    [{ kind: 'loading' }, 'Reading this page'],
    [{ kind: 'unavailable', reason: 'Ofsted Lens cannot read this page.' }, 'cannot read this page'],
    [{ kind: 'ready', findings: { ...findings(), mentions: [], claims: [] } }, 'names no English local authority'],
    [{ kind: 'ready', findings: { ...findings(), active: false } }, 'paused on this site'],
  ])('says plainly when there is nothing to show (%o)', (state, words) => {
    const { container } = render(<OnThisPage state={state} onCopy={async () => {}} {...ACTIONS} />);
    expect(container.textContent).toContain(words);
  });
});

describe('History', () => {
  const index = recordIndex(fixtureDataset);

  it('shows the full history newest first, with every judgement, unverified records and the 2026 framework said plainly', async () => {
    const { container } = render(<History history={historyOf(index, 'hertfordshire')!} onOpen={() => {}} />);
    const dates = Array.from(container.querySelectorAll('.inspection h4'), (h) => h.textContent);
    expect(dates).toEqual([
      'Published 25 August 2026',
      'Published 10 March 2023',
      'Published 19 November 2018',
      'Published 27 November 2015',
      'Published 8 March 2013',
    ]);
    expect(container.textContent).toContain('No overall effectiveness grade');
    expect(container.textContent).toContain('Unverified');
    expect(container.textContent).toContain('Short inspection');
    expect(container.textContent).toContain('Fieldwork 23 January 2023 to 27 January 2023');
    expect(screen.getAllByText('Outstanding').length).toBeGreaterThan(3);
    expect(await violations(container)).toEqual([]);
  });

  it('draws the history at a glance as a table: inspections as columns oldest first, judgements as rows, grades coloured with their initial', async () => {
    const { container } = render(<History history={historyOf(index, 'hertfordshire')!} onOpen={() => {}} />);
    const grid = screen.getByRole('table', { name: /At a glance, oldest first/ });
    const heads = Array.from(grid.querySelectorAll('thead th'), (th) => th.textContent);
    expect(heads).toEqual([
      'Mar 2013Child protection',
      'Nov 2015SIF',
      'Nov 2018ILACS 2018',
      'Mar 2023ILACS 2023',
      'Aug 2026ILACS 2026 (unverified)',
    ]);
    const overall = Array.from(grid.querySelectorAll('tbody tr')).find(
      (tr) => tr.querySelector('th')?.textContent === 'Overall effectiveness',
    )!;
    // Each cell shows the initial (hidden from screen readers) and says the full grade to them.
    const cells = Array.from(overall.querySelectorAll('td'), (td) => td.textContent);
    expect(cells.at(-2)).toBe('OOutstanding');
    expect(cells.at(-1)).toBe('·No such judgement');
    expect(await violations(container)).toEqual([]);
    cleanup();
    const herts = historyOf(index, 'hertfordshire')!;
    const essex = historyOf(index, 'essex')!;
    render(
      <History
        history={{
          ...herts,
          neighbours: [{ id: 'essex', name: 'Essex County Council', latest: summariseInspection(essex.inspections[0]!) }],
        }}
        onOpen={() => {}}
      />,
    );
    const neighbours = screen.getByRole('table', { name: /Statistical neighbours/ });
    const row = Array.from(neighbours.querySelectorAll('tbody td'), (td) => td.textContent);
    expect(row[0]).toBe(
      `${({ outstanding: 'O', good: 'G', requires_improvement: 'RI', inadequate: 'I' } as Record<string, string>)[essex.inspections[0]!.judgements.overall!]}${judgementValueWords(essex.inspections[0]!.judgements.overall!)}`,
    );
  });

  it("names each judgement in its own framework's words", () => {
    const { container } = render(<History history={historyOf(index, 'hertfordshire')!} onOpen={() => {}} />);
    const namesIn = (published: string) =>
      Array.from(
        Array.from(container.querySelectorAll('.inspection'))
          .find((i) => i.querySelector('h4')?.textContent === published)!
          .querySelectorAll('dt'),
        (dt) => dt.textContent,
      );
    expect(namesIn('Published 27 November 2015')).toContain('Leadership, management and governance');
    expect(namesIn('Published 27 November 2015')).toContain('Children looked after and achieving permanence');
    expect(namesIn('Published 19 November 2018')).toContain('Children in care and care leavers');
    expect(namesIn('Published 10 March 2023')).toEqual(expect.arrayContaining(['Impact of leaders', 'Children in care', 'Care leavers']));
  });

  it('links predecessors and successors', () => {
    const onOpen = vi.fn();
    const northants = fixtureDataset.authorities.find((a) => a.successors.length > 0)!;
    render(<History history={historyOf(index, northants.id)!} onOpen={onOpen} />);
    const successor = fixtureDataset.authorities.find((a) => a.id === northants.successors[0])!;
    fireEvent.click(screen.getByRole('button', { name: successor.name }));
    expect(onOpen).toHaveBeenCalledWith(successor.id);
  });
});

describe('Search', () => {
  it('shows councils Ofsted does not inspect and who does', async () => {
    const onPick = vi.fn();
    const hits = [
      {
        id: 'hertfordshire',
        kind: 'authority' as const,
        name: 'Hertfordshire County Council',
        matched: 'Herts',
        inspectorate: null,
        abolished: null,
      },
      {
        id: 'cardiff',
        kind: 'not_inspected' as const,
        name: 'Cardiff Council',
        matched: null,
        inspectorate: 'Care Inspectorate Wales',
        abolished: null,
      },
    ];
    const { container } = render(<Search query="Herts" hits={hits} onQuery={() => {}} onPick={onPick} />);
    expect(container.textContent).toContain('(matched “Herts”)');
    expect(container.textContent).toContain('Not inspected by Ofsted: Care Inspectorate Wales inspects it');
    fireEvent.click(screen.getByRole('button', { name: /Hertfordshire County Council/ }));
    expect(onPick).toHaveBeenCalledWith(hits[0]);
    expect(await violations(container)).toEqual([]);
  });

  it('passes what is typed up', () => {
    const onQuery = vi.fn();
    render(<Search query="" hits={null} onQuery={onQuery} onPick={() => {}} />);
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'Hertforshire' } });
    expect(onQuery).toHaveBeenCalledWith('Hertforshire');
  });
});

describe('Tabs and footer', () => {
  it('moves between views with the arrow keys and credits the source and licence', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-02T10:00:00Z'));
    const onSelect = vi.fn();
    const { container } = render(
      <div>
        <main>
          <Tabs
            tabs={[
              { key: 'page', label: 'On this page' },
              { key: 'search', label: 'Search' },
            ]}
            selected="page"
            onSelect={onSelect}
          >
            <p>content</p>
          </Tabs>
        </main>
        <Footer asOf="2026-08-25" />
      </div>,
    );
    fireEvent.keyDown(screen.getByRole('tab', { name: 'On this page' }), { key: 'ArrowRight' });
    expect(onSelect).toHaveBeenCalledWith('search');
    expect(container.textContent).toContain('Data up to 25 August 2026, 99 days ago.');
    vi.useRealTimers();
    expect(container.textContent).toContain('Open Government Licence v3.0');
    expect(await violations(container)).toEqual([]);
  });
});

describe('Options', () => {
  it('changes scope, sites and marks, and rejects what is not a site', async () => {
    const onChange = vi.fn();
    const { container } = render(
      <main>
        <OptionsForm options={{ scope: 'all', sites: ['example.co.uk'], marks: 'all' }} onChange={onChange} saved={false} />
      </main>,
    );
    fireEvent.click(screen.getByLabelText('Paused (nowhere)'));
    expect(onChange).toHaveBeenLastCalledWith({ scope: 'paused', sites: ['example.co.uk'], marks: 'all' });
    fireEvent.click(screen.getByLabelText(/Only claims that need attention/));
    expect(onChange).toHaveBeenLastCalledWith({ scope: 'all', sites: ['example.co.uk'], marks: 'attention' });
    fireEvent.input(screen.getByLabelText('Add a site'), { target: { value: 'https://www.News.example.org/story' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(onChange).toHaveBeenLastCalledWith({ scope: 'all', sites: ['example.co.uk', 'news.example.org'], marks: 'all' });
    fireEvent.input(screen.getByLabelText('Add a site'), { target: { value: 'not a site' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(screen.getByRole('alert').textContent).toContain('Enter a site name');
    expect(await violations(container)).toEqual([]);
  });
});
