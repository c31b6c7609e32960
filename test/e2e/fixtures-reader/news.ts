/**
 * A realistic news page for the reader tests: a sticky header, a lead story whose
 * headline link holds a claim, a related-links list, a comment box, filler long
 * enough to scroll, and ten-odd claims spread down the page. `dark` gives it a dark theme.
 */
const FILLER =
  'Readers have asked how the services compare, and what the inspectors looked at: help and protection, children in care, care leavers and the leadership that holds them together. ';

function filler(paragraphs: number): string {
  return Array.from({ length: paragraphs }, () => `<p>${FILLER.repeat(3)}</p>`).join('\n');
}

export function newsPage({ dark }: { dark: boolean }): string {
  const colours = dark
    ? 'body { background: #121212; color: #e8e8e8; } header.site { background: #1f2937; } a { color: #9ecbff; }'
    : 'body { background: #fdfcf8; color: #222; } header.site { background: #24384f; } a { color: #0b57d0; }';
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Children's services: how our councils are doing | The Riverside Courier</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="article:published_time" content="2026-03-02T09:00:00Z">
<style>
  body { font: 18px/1.6 Georgia, serif; margin: 0; }
  ${colours}
  header.site { position: sticky; top: 0; color: #fff; padding: 10px 24px; font: 600 16px system-ui, sans-serif; z-index: 10; }
  main { max-width: 44rem; margin: 0 auto; padding: 16px 24px 64px; }
  h1 { font-size: 28px; line-height: 1.2; }
  aside { font: 15px system-ui, sans-serif; border-top: 1px solid #888; margin-top: 24px; }
  textarea { width: 100%; min-height: 4em; }
</style>
</head>
<body>
<header class="site">The Riverside Courier</header>
<main>
<article>
  <h1><a id="lead-link" href="/story">Essex County Council was rated inadequate for its children's services</a></h1>
  <p><a id="after-lead" href="/more">More on this story</a> · <time datetime="2026-03-02">2 March 2026</time></p>
  <p>Councils in our patch have had a busy few years of inspections. Here is our round-up.</p>
  <p>Hertfordshire County Council's children's services are rated outstanding by Ofsted, after inspectors visited in January 2023.</p>
  <p>Essex County Council was rated inadequate for its children's services at its last full inspection.</p>
  <p>Hertfordshire was judged good, with outstanding leadership, in a report published in January 2026.</p>
  ${filler(4)}
  <p>In 2005, Kent County Council's children's services were rated good by inspectors.</p>
  <p>Further afield, a reader wrote in to tell us that Ofsted had rated Cardiff Council's children's services good.</p>
  ${filler(8)}
  <p>Over the border, Somerset Council's leadership of children's services was rated good when inspectors last reported.</p>
  ${filler(3)}
  <p>Kent children's services were rated good by Ofsted in February 2026.</p>
  <p>Slough children's services were rated outstanding by Ofsted in 2026.</p>
  ${filler(6)}
</article>
<aside>
  <h2>Related</h2>
  <ul><li><a href="/r1">School places: what changes in September</a></li><li><a href="/r2">Bus routes under review</a></li></ul>
  <form><label for="comment">Your comment</label><textarea id="comment">Essex was rated outstanding, surely?</textarea></form>
</aside>
</main>
</body>
</html>`;
}
