import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');
const articles = join(root, 'test', 'fixtures', 'articles');

/** Runs the real command line from a folder other than the repository, so seeds are found from the repo root. */
function check(args: string[], input?: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(tsx, [join(root, 'tools', 'cli', 'check.ts'), ...args], { cwd: tmpdir(), input, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run check', () => {
  it('prints one JSON object per input, in order, with the documented shape', () => {
    const r = check(['--json', join(articles, 'a02_swapped_names.txt'), join(articles, 'a03_wales.txt')]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    const [first, second] = lines.map((l) => JSON.parse(l));
    expect(Object.keys(first)).toEqual(['published', 'authorities', 'claims']);
    expect(first.published).toBe('2026-01-20');
    expect(first.authorities).toEqual([
      { name: 'Hertfordshire County Council', gss: 'E10000015', mentions: [expect.objectContaining({ text: 'Hertfordshire' })] },
    ]);
    expect(first.claims[0]).toEqual({
      authority: 'Hertfordshire County Council',
      judgement: 'overall',
      grade: 'good',
      start: expect.any(Number),
      end: expect.any(Number),
      text: 'good',
      verdict: 'wrong_authority',
      inspection: { published: '2026-01-12', url: expect.stringMatching(/^https:\/\//) },
      suggestion: { authority: 'Herefordshire Council', reason: expect.stringContaining('differ by one letter') },
    });
    const newport = second.authorities.find((a: { name: string }) => a.name === 'Newport City Council');
    expect(newport.gss).toBeNull();
    expect(second.claims.map((c: { verdict: string }) => c.verdict)).toEqual(['not_inspected_by_ofsted', 'superseded']);
  });

  it('reads standard input and overrides the date with --published', () => {
    const r = check(['--json', '--published', '2019-02-01', '-'], 'Ofsted rated Hertfordshire’s children’s services good.');
    expect(r.status).toBe(0);
    const result = JSON.parse(r.stdout);
    expect(result.published).toBe('2019-02-01');
    expect(result.claims[0]).toMatchObject({ verdict: 'superseded', inspection: { published: '2018-11-19' } });
  });

  it('reads an HTML page: its article text and its metadata date', () => {
    const r = check(['--json', join(articles, 'a04_school_and_council.html')]);
    const result = JSON.parse(r.stdout);
    expect(result.published).toBe('2023-06-14');
    expect(result.authorities.map((a: { name: string }) => a.name)).toEqual(['Hertfordshire County Council']);
    expect(result.claims).toHaveLength(2);
  });

  it('prints a readable report with the verdict, the explanation and the report address', () => {
    const r = check([join(articles, 'a02_swapped_names.txt')]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("WRONG AUTHORITY: This grade belongs to Herefordshire's January 2026 report, not Hertfordshire's.");
    expect(r.stdout).toMatch(/Checked against the report published 12 January 2026: https:\/\/files\.ofsted\.gov\.uk\//);
  });

  it('offsets in the JSON slice back to the text of a plain-text input', () => {
    const dir = mkdtempSync(join(tmpdir(), 'check-'));
    const file = join(dir, 'in.txt');
    const text = 'Published: 1 May 2023\n\nNorth\u00a0Somerset  Council was rated requires improvement to be good by Ofsted.';
    writeFileSync(file, text);
    const result = JSON.parse(check(['--json', file]).stdout);
    for (const a of result.authorities) for (const m of a.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    for (const c of result.claims) expect(text.slice(c.start, c.end)).toBe(c.text);
    expect(result.claims[0].grade).toBe('requires_improvement');
  });

  it('fetches a page by its address', async () => {
    const html = readFileSync(join(articles, 'a04_school_and_council.html'), 'utf8');
    const server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(html);
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const { port } = server.address() as AddressInfo;
    try {
      const child = spawn(tsx, [join(root, 'tools', 'cli', 'check.ts'), '--json', `http://127.0.0.1:${port}/story`], { cwd: tmpdir() });
      let stdout = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      const status = await new Promise<number | null>((done) => child.on('close', done));
      expect(status).toBe(0);
      expect(JSON.parse(stdout).published).toBe('2023-06-14');
    } finally {
      server.close();
    }
  });

  it.each<[string, string[], RegExp, number]>([
    ['no inputs', [], /^check: usage: npm run check/, 2],
    ['a missing file', ['/no/such/article.txt'], /^check: cannot read \/no\/such\/article\.txt: no such file\n$/, 1],
    ['a folder', [articles], /^check: cannot read .*: it is a folder\n$/, 1],
    ['a bad date', ['--published', '2023-02-30', '-'], /^check: --published must be a date like 2023-03-23\n$/, 2],
    ['an unknown option', ['--colour', '-'], /^check: Unknown option '--colour'/, 2],
    ['an unreachable page', ['http://127.0.0.1:9/article'], /^check: cannot fetch http:\/\/127\.0\.0\.1:9\/article: /, 1],
  ])('bad input (%s): one clear line, no stack trace, non-zero exit', (_name, args, message, code) => {
    const r = check(args, '');
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.status).toBe(code);
    expect(r.stdout).toBe('');
  });
});
