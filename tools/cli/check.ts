/**
 * npm run check -- <file.txt|file.html|URL|->... [--json] [--published YYYY-MM-DD]
 *
 * Checks each input's grade claims against the seeds (loaded from the repository's
 * seeds/ folder, wherever it is run from). Prints the readable findings per input, or with
 * --json exactly one JSON object per input per line:
 *   {"published", "authorities": [{"name", "gss", "mentions": [{"start","end","text"}]}],
 *    "claims": [{"authority","judgement","grade","start","end","text","verdict","inspection","suggestion"}]}
 * Names are official names; councils Ofsted does not inspect (Welsh, Scottish, Northern
 * Irish) are listed among the authorities with "gss": null. Offsets are UTF-16 offsets
 * into the text analysed: the file as read for text input; for HTML, the article's text
 * (headline first) as lib/page/article.ts reads it. All inputs are read before any is
 * checked. Bad input: one line on stderr, exit code 1 (2 for a bad command line).
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseHTML } from 'linkedom';
import { z } from 'zod';
import { loadSeeds } from '../data/load';
import { analyse, buildEngineIndex } from '../../lib/engine/index';
import { prepareInput } from './inputs';
import { toJson, formatFindings } from './format-findings';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const USAGE = 'usage: npm run check -- <file.txt|file.html|URL|->... [--json] [--published YYYY-MM-DD]';

const Args = z.object({
  inputs: z.array(z.string().min(1)).min(1, USAGE),
  json: z.boolean(),
  published: z.iso.date('--published must be a date like 2023-03-23').nullable(),
});

class InputError extends Error {}

function fail(message: string, code: number): never {
  process.stderr.write(`check: ${message}\n`);
  process.exit(code);
}

async function read(input: string): Promise<string> {
  if (input === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  }
  if (/^https?:\/\//i.test(input)) {
    let response: Response;
    try {
      response = await fetch(input, { redirect: 'follow', signal: AbortSignal.timeout(20_000) });
    } catch (error) {
      throw new InputError(`cannot fetch ${input}: ${(error as Error).message}`);
    }
    if (!response.ok) throw new InputError(`cannot fetch ${input}: HTTP ${response.status}`);
    return response.text();
  }
  try {
    return readFileSync(input, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (code ?? String(error));
    throw new InputError(`cannot read ${input}: ${why}`);
  }
}

async function main(): Promise<void> {
  let raw;
  try {
    raw = parseArgs({
      allowPositionals: true,
      options: { json: { type: 'boolean', default: false }, published: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    fail(`${(error as Error).message}\n${USAGE}`, 2);
  }
  if (raw.values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const parsed = Args.safeParse({ inputs: raw.positionals, json: raw.values.json, published: raw.values.published ?? null });
  if (!parsed.success) fail(parsed.error.issues[0]?.message ?? USAGE, 2);
  const args = parsed.data;

  const contents: string[] = [];
  for (const input of args.inputs) contents.push(await read(input));

  let dataset;
  try {
    dataset = loadSeeds(join(ROOT, 'seeds'));
  } catch (error) {
    fail(`cannot load the dataset: ${(error as Error).message.split('\n')[0]}`, 1);
  }
  const index = buildEngineIndex(dataset);
  const parse = (html: string): Document => parseHTML(html).document as unknown as Document;
  const out: string[] = [];
  args.inputs.forEach((input, k) => {
    const { text, context } = prepareInput(contents[k] as string, input, parse, args.published);
    const analysis = analyse(text, context, index);
    out.push(
      args.json
        ? JSON.stringify(toJson(analysis, index))
        : formatFindings(input === '-' ? 'standard input' : input, analysis, index, dataset),
    );
  });
  process.stdout.write(`${out.join(args.json ? '\n' : '\n\n')}\n`);
}

main().catch((error: unknown) => {
  if (error instanceof InputError) fail(error.message, 1);
  fail(error instanceof Error ? error.message : String(error), 1);
});
