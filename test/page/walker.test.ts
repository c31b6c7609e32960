// @vitest-environment happy-dom
/**
 * The walker reads what a reader sees, and its offsets lead back to the page's own text nodes.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { TextWalk } from '@/lib/page/walker';
import { PrefilterWalk } from '@/lib/page/prefilter-walk';
import { textVisibility } from '@/lib/page/visibility';
import { KEEP_EVERY, Segments, locate } from '@/lib/page/segments';
import { walkText } from './walk-text';

function page(html: string): Document {
  const parsed = new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');
  document.body.replaceChildren(...Array.from(parsed.body.childNodes, (n) => document.importNode(n, true)));
  return document;
}

beforeEach(() => {
  document.designMode = 'off';
});

describe('walkText', () => {
  it.each([
    ['script', '<p>Essex</p><script>var council = "Kent";</script>', 'Essex'],
    ['style', '<style>.kent{}</style><p>Essex</p>', 'Essex'],
    ['noscript', '<p>Essex</p><noscript>Kent</noscript>', 'Essex'],
    ['template', '<template><p>Kent</p></template><p>Essex</p>', 'Essex'],
    ['hidden attribute', '<p hidden>Kent</p><p>Essex</p>', 'Essex'],
    ['display: none', '<div style="display:none"><p>Kent</p></div><p>Essex</p>', 'Essex'],
    ['visibility: hidden', '<p style="visibility:hidden">Kent</p><p>Essex</p>', 'Essex'],
    ['textarea', '<textarea>Kent</textarea><p>Essex</p>', 'Essex'],
    ['input value', '<input value="Kent"><p>Essex</p>', 'Essex'],
    ['select', '<select><option>Kent</option></select><p>Essex</p>', 'Essex'],
    ['contenteditable', '<div contenteditable="true"><p>Kent</p></div><p>Essex</p>', 'Essex'],
    ['contenteditable=plaintext-only', '<div contenteditable="plaintext-only">Kent</div><p>Essex</p>', 'Essex'],
    ['our own UI', '<ofsted-lens-ui>Kent</ofsted-lens-ui><p>Essex</p>', 'Essex'],
  ])('skips %s', (_what, html, expected) => {
    expect(walkText(page(html)).text.trim()).toBe(expected);
  });

  it('keeps contenteditable="false" inside nothing editable', () => {
    expect(walkText(page('<div contenteditable="false">Kent</div>')).text).toBe('Kent');
  });

  it('reads nothing from a document in design mode', () => {
    const doc = page('<p>Kent</p>');
    doc.designMode = 'on';
    expect(walkText(doc).text).toBe('');
  });

  it('runs inline text together and separates blocks', () => {
    const { text } = walkText(page('<p>Hertford<b>shire</b> was <a href="#">rated</a> good.</p><p>Essex too.</p><div>A<br>B</div>'));
    expect(text).toBe('Hertfordshire was rated good.\nEssex too.\nA\nB');
  });

  it('maps every segment back to its own text node', () => {
    const { text, segments } = walkText(page('<h1>Title</h1><p>One <em>two</em> three</p><ul><li>four</li></ul>'));
    for (const segment of segments) expect(text.slice(segment.start, segment.end)).toBe(segment.node.data);
  });

  it('leaves CSS to later: the walk keeps text hidden by a style, textVisibility says it is hidden', () => {
    const doc = page('<p>Essex</p><div style="display:none"><p>Kent</p></div><p style="visibility:hidden">Luton</p>');
    const walk = new TextWalk(doc, new Segments());
    walk.step();
    const { text, segments } = walk.result();
    expect(text).toBe('Essex\nKent\nLuton');
    const shown = textVisibility();
    expect([...segments].map((s) => [s.node.data, shown(s.node)])).toEqual([
      ['Essex', true],
      ['Kent', false],
      ['Luton', false],
    ]);
  });

  it('keeps words apart where hidden text is cut out of a line', () => {
    expect(walkText(page('<p>Essex<span style="display:none">Kent</span>Luton</p>')).text).toBe('Essex\nLuton');
  });

  it('reads open shadow roots where their host stands, nested ones too, and maps back into them', () => {
    const doc = page('<p>Essex</p><div id="host"></div><p>Luton</p>');
    const outer = doc.getElementById('host')!.attachShadow({ mode: 'open' });
    const p = doc.createElement('p');
    const b = doc.createElement('b');
    b.textContent = 'rated';
    p.append('Kent was ', b, ' good.');
    const inner = doc.createElement('span');
    outer.append(p, inner);
    inner.attachShadow({ mode: 'open' }).append(doc.createTextNode('Slough'));
    const walk = new TextWalk(doc, new Segments());
    walk.step();
    const { text, segments } = walk.result();
    expect(text).toBe('Essex\nKent was rated good.\nSlough\nLuton');
    expect(walk.shadowRoots).toHaveLength(2);
    const start = text.indexOf('was rated');
    expect((locate(segments, start, start + 9)?.range ?? null)?.toString()).toBe('was rated');
  });

  it('never reads a shadow root inside something it skips', () => {
    const doc = page('<div contenteditable="true"><span id="host"></span></div><p>Essex</p>');
    doc.getElementById('host')!.attachShadow({ mode: 'open' }).append(doc.createTextNode('Kent'));
    expect(walkText(doc).text).toBe('Essex');
  });

  it('pauses and resumes to the same result', () => {
    const html = Array.from({ length: 800 }, (_, i) => `<p>Paragraph ${i} about <b>Kent</b>.</p>`).join('');
    const whole = walkText(page(html)).text;
    const walk = new TextWalk(page(html), new Segments());
    let pauses = 0;
    while (!walk.step(() => true)) pauses++;
    expect(pauses).toBeGreaterThan(2);
    const { text, segments } = walk.result();
    expect(text).toBe(whole);
    // Long enough to be joined in several pieces along the way: offsets still lead back to the nodes.
    expect(segments.length).toBeGreaterThan(2048);
    expect([...segments]).toHaveLength(segments.length);
    for (const segment of segments) expect(text.slice(segment.start, segment.end)).toBe(segment.node.data);
  });
});

/** The words of a text, as the names prefilter splits them (letters and digits). */
const words = (text: string): string[] => text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** The text the first stage's walk hands its prefilter, piece by piece, joined. */
function tagWalk(doc: Document): string {
  const pieces: string[] = [];
  new PrefilterWalk(doc, (piece) => (pieces.push(piece), false)).step();
  return pieces.join('');
}

describe('PrefilterWalk: the first stage reads by the tags alone', () => {
  it.each([
    [
      'an inline element shown as a block',
      '<p><b style="display:block">Cllr J. Smith</b>Lancashire County Council</p>',
      ['Lancashire', 'SmithLancashire'],
    ],
    ['a word split by markup', '<p>Hertford<b>shire</b> and Essex</p>', ['Hertfordshire', 'Hertford', 'shire', 'Essex']],
    ['a word in several pieces', '<p><b>H</b>ert<i>ford</i>shire</p>', ['Hertfordshire']],
    ['a drop cap floated beside its word', '<p><span style="float:left">L</span>ancashire</p>', ['Lancashire']],
  ])('gives both readings where pieces meet letter to letter: %s', (_what, html, expected) => {
    const found = words(tagWalk(page(html)));
    for (const word of expected) expect(found).toContain(word);
  });

  it.each([
    ['punctuation after a link', '<p>Ofsted rated <a href="#">Slough</a>. Kent too.</p>', 'Ofsted rated Slough. Kent too.'],
    ['text split with nothing between', '<p>Lanc<!-- x -->ashire</p>', 'Lancashire'],
    ['spaces between pieces', '<p><b>Essex</b> and <i>Kent</i></p>', 'Essex and Kent'],
  ])('reads as the layout would where no second reading can matter: %s', (_what, html, expected) => {
    expect(tagWalk(page(html))).toBe(expected);
  });

  it('every word the laid-out walk reads is a word of the tag walk, and it asks the page for no style', () => {
    const html =
      '<style>.name { display: block }</style><p><span class="name">Cllr A. Jones</span>Kent County Council said.</p>' +
      '<p>In <b>Hertford</b>shire, <i>rated</i> <b style="display:block">good</b>Essex<span>’s</span> too.</p><ul><li>North<b>umberland</b></li></ul>';
    const laidOut = walkText(page(html)).text;
    const doc = page(html);
    const view = doc.defaultView!;
    const asked = view.getComputedStyle;
    let calls = 0;
    view.getComputedStyle = (...args) => (calls++, asked.apply(view, args));
    try {
      const found = new Set(words(tagWalk(doc)));
      for (const word of words(laidOut)) expect(found).toContain(word);
    } finally {
      view.getComputedStyle = asked;
    }
    expect(calls).toBe(0);
  });

  it('gives at most a bounded number of second readings, however many pieces glue', () => {
    const html = `<p>${Array.from({ length: 5000 }, (_, i) => `<span>w${i}</span>`).join('')}</p>`;
    const text = tagWalk(page(html));
    // 5,000 pieces, each about 5 characters: the second readings past the cap are not written.
    expect(text.length).toBeLessThan(5000 * 6 + 2000 * 50);
  });
});

describe('locate', () => {
  it('turns offsets in the walked text into a Range over the same words', () => {
    const doc = page('<p>In <b>Hertford</b>shire, services were <i>rated good</i>.</p><p>Essex</p>');
    const before = doc.body.cloneNode(true);
    const { text, segments } = walkText(doc);
    for (const word of ['Hertfordshire', 'rated good', 'services were rated', 'Essex']) {
      const start = text.indexOf(word);
      const range = locate(segments, start, start + word.length)?.range ?? null;
      expect(range?.toString()).toBe(word);
    }
    // The page is exactly as it was.
    expect(doc.body.isEqualNode(before)).toBe(true);
  });

  it('moves a span that starts on a block break to the next text, and lists the nodes it covers', () => {
    const { text, segments } = walkText(page('<p>good.</p><p>Essex is</p>'));
    const at = text.indexOf('\n');
    const located = locate(segments, at, at + 6);
    expect(located?.range.toString()).toBe('Essex');
    expect(located?.nodes.map((n) => n.data)).toEqual(['Essex is']);
  });

  it('returns null once the text is gone', () => {
    const doc = page('<p>Essex</p>');
    const { segments } = walkText(doc);
    doc.body.replaceChildren();
    expect(locate(segments, 0, 5)?.range ?? null).toBeNull();
  });
});

describe('the offset table finds the nodes it does not keep', () => {
  /** Many short text nodes, with skipped text (script, hidden, editable, empty nodes) and open shadow roots among them. */
  function busyPage(): Document {
    const doc = page(
      Array.from(
        { length: 6 * KEEP_EVERY },
        (_, i) =>
          `<p>Line ${i} <b>bold ${i}</b>${i % 7 === 0 ? '<script>var x = 1;</script><span hidden>gone</span>' : ''}` +
          `${i % 11 === 0 ? '<span contenteditable="true">typed</span>' : ''}${i % 13 === 0 ? `<span class="host" data-i="${i}"></span>` : ''} end.</p>`,
      ).join(''),
    );
    for (const host of doc.querySelectorAll('.host')) {
      const shadow = host.attachShadow({ mode: 'open' });
      for (let k = 0; k < KEEP_EVERY + 3; k++) shadow.append(doc.createElement('i'));
      shadow.querySelectorAll('i').forEach((el, k) => el.append(`shadow ${host.getAttribute('data-i')}.${k} `));
      shadow.insertBefore(doc.createTextNode(''), shadow.firstChild);
    }
    return doc;
  }

  function walked(doc: Document) {
    const walk = new TextWalk(doc, new Segments());
    walk.step();
    return walk.result();
  }

  it('in order, in reverse and at random, each node is the one whose text stands at its place', () => {
    const { text, segments } = walked(busyPage());
    expect(segments.length).toBeGreaterThan(10 * KEEP_EVERY);
    const order = Array.from({ length: segments.length }, (_, i) => i);
    const shuffled = [...order].sort((a, b) => ((a * 7919) % 1009) - ((b * 7919) % 1009));
    for (const sequence of [order, [...order].reverse(), shuffled]) {
      for (const i of sequence) {
        const node = segments.node(i);
        expect(node?.data, `segment ${i}`).toBe(text.slice(segments.starts[i], segments.ends[i]));
      }
    }
    expect(text).not.toMatch(/gone|typed|var x/);
    expect(text).toContain('shadow 13.0 shadow 13.1');
  });

  it('finds no node, and no range, where the page changed since the walk; the rest it still finds', () => {
    const doc = busyPage();
    const { text, segments } = walked(doc);
    const at = text.indexOf('Line 40 ');
    const i = segments.starts.indexOf(at);
    expect(segments.node(i)?.data).toBe('Line 40 ');
    // A text node grows, and a paragraph before it goes: the nodes walked on to past it are the wrong ones.
    (segments.node(i) as Text).data = 'Line 40 was rated good ';
    doc.querySelectorAll('p')[35]!.remove();
    expect(segments.node(i)).toBeNull();
    expect(locate(segments, at, at + 6)).toBeNull();
    let found = 0;
    let lost = 0;
    for (let j = segments.length - 1; j >= 0; j--) {
      const node = segments.node(j);
      if (node) {
        expect(node.data, `segment ${j}`).toBe(text.slice(segments.starts[j], segments.ends[j]));
        found++;
      } else lost++;
    }
    expect(lost).toBeGreaterThan(3);
    expect(found).toBeGreaterThan(segments.length - 2 * KEEP_EVERY);
  });
});
