/**
 * Run Meishi's detectors on a saved page, in Node:
 *   npm run detect -- page.html --url https://www.linkedin.com/in/jane-doe/ [--json] [--region JP] [--budget 2000]
 * Prints the candidates as a table, or with --json as a JSON array (anchors left out).
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import type { CountryCode } from 'libphonenumber-js/min';
import { detectPage } from '../utils/detect';
import type { DetectedCandidate } from '../utils/model';

interface Args {
  file?: string;
  url?: string;
  json: boolean;
  region: string;
  budget: number;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { json: false, region: 'US', budget: 2000 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') args.json = true;
    else if (a === '--url') args.url = argv[++i];
    else if (a === '--region') args.region = (argv[++i] ?? 'US').toUpperCase();
    else if (a === '--budget') args.budget = Number(argv[++i] ?? 2000);
    else if (a === '--help' || a === '-h') args.file = undefined;
    else args.file = a;
  }
  return args;
}

function plain(c: DetectedCandidate): Omit<DetectedCandidate, 'anchor'> {
  const { anchor: _anchor, ...rest } = c;
  return rest;
}

function table(rows: DetectedCandidate[]): string {
  const cols = [
    'kind',
    'name',
    'title',
    'company',
    'location',
    'emails',
    'phones',
    'links',
    'sources',
    'conf',
  ];
  const cells = rows.map((c) => [
    c.kind,
    c.name,
    c.title ?? '',
    c.company ?? '',
    c.location ?? '',
    c.emails.join(' '),
    c.phones.join(' '),
    c.links.map((l) => `${l.kind}:${l.url}`).join(' '),
    [...new Set(c.sources.map((s) => s.source))].join(','),
    c.confidence.toFixed(2),
  ]);
  const width = cols.map((h, i) => Math.min(48, Math.max(h.length, ...cells.map((r) => r[i]!.length))));
  const fmt = (r: string[]): string =>
    r
      .map((v, i) => (v.length > width[i]! ? v.slice(0, width[i]! - 1) + '…' : v.padEnd(width[i]!)))
      .join('  ');
  return [fmt(cols), fmt(width.map((w) => '-'.repeat(w))), ...cells.map(fmt)].join('\n');
}

function main(): number {
  const args = parseArgs(process.argv.slice(2));
  if (!args.file) {
    process.stderr.write('usage: npm run detect -- <file.html> --url <page URL> [--json] [--region JP]\n');
    return 2;
  }
  let html: string;
  try {
    html = readFileSync(args.file, 'utf8');
  } catch (err) {
    process.stderr.write(`cannot read ${args.file}: ${(err as Error).message}\n`);
    return 1;
  }
  let url: URL;
  try {
    url = new URL(args.url ?? 'https://example.com/');
  } catch {
    process.stderr.write(`not a URL: ${args.url}\n`);
    return 2;
  }
  const { document } = parseHTML(html);
  const started = performance.now();
  const result = detectPage(document, url, { region: args.region as CountryCode, budgetMs: args.budget });
  const ms = performance.now() - started;
  if (args.json) process.stdout.write(JSON.stringify(result.candidates.map(plain), null, 2) + '\n');
  else {
    process.stdout.write(table(result.candidates) + '\n');
    const s = result.stats;
    process.stdout.write(
      `\n${result.candidates.length} candidates · ${result.page.site}/${result.page.kind} · ${ms.toFixed(1)} ms` +
        (s.capped ? ` · capped (${s.emailsSeen} emails seen)` : '') +
        (s.timedOut ? ' · time budget reached' : '') +
        '\n',
    );
  }
  return 0;
}

process.exitCode = main();
