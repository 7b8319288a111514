import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../utils/extract';
import { decodeHtml, parseHtml, readHtmlFile } from '../../scripts/lib/html-file';
import { describeError, extractFile } from '../../scripts/lib/extract-page';
import { TimedExtractor } from '../../scripts/lib/timed-extract';

const ROOT = join(__dirname, '../..');
const SEED = join(ROOT, '../shared/seed/seed-article.bare.html');
const cli = (...args: string[]) =>
  promisify(execFile)(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'scripts/extract.ts'), ...args], { cwd: ROOT });
// jsdom and tsx start slowly on a shared machine; these tests assert answers, never speed.
const SLOW = 120_000;
const bytes = (...b: Array<number | string>): Buffer =>
  Buffer.concat(b.map((x) => (typeof x === 'string' ? Buffer.from(x, 'latin1') : Buffer.from([x]))));

async function file(name: string, content: Buffer | string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'lede-bad-'));
  await writeFile(join(dir, name), content);
  return join(dir, name);
}

describe('the CLI given bad input', () => {
  it(
    'answers not-html for images, PDFs, archives and a gzip inside the gzip, saved as .html',
    async () => {
      const binaries = {
        png: bytes(0x89, 'PNG\r\n', 0x1a, '\n', 0, 0, 0, 13, 'IHDR'),
        pdf: bytes('%PDF-1.7\n%', 0xe2, 0xe3, 0xcf, 0xd3, '\n1 0 obj <</Type /Catalog>> endobj\n'),
        zip: bytes('PK', 3, 4, 20, 0, 0, 0, 8, 0, '<html><p>not really</p>'),
        gif: bytes('GIF89a', 1, 0, 1, 0, 0x80, 0, 0),
        jpeg: bytes(0xff, 0xd8, 0xff, 0xe0, 0, 16, 'JFIF', 0),
      };
      for (const [name, content] of Object.entries(binaries)) {
        expect([name, await extractFile(await file(`${name}.html`, content))]).toEqual([
          name,
          { ok: false, reason: 'not-html' },
        ]);
      }
      const doubly = await file('page.html.gz', gzipSync(gzipSync(await readFile(SEED))));
      expect(await extractFile(doubly)).toEqual({ ok: false, reason: 'not-html' });
    },
    SLOW,
  );

  it('answers not-html for an SVG image or an XML feed saved as .html', async () => {
    const svg = await file(
      'logo.html',
      '<?xml version="1.0"?>\n<!-- logo --><svg xmlns="http://www.w3.org/2000/svg"><text>Harbour bridge</text></svg>',
    );
    expect(await extractFile(svg)).toEqual({ ok: false, reason: 'not-html' });
    const feed = await file(
      'feed.html',
      '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>News</title></channel></rss>',
    );
    expect(await extractFile(feed)).toEqual({ ok: false, reason: 'not-html' });
  });

  it('decodes a page without any charset as windows-1252 when it is not UTF-8, as a browser does', () => {
    const page = bytes(
      '<html><body><p>F',
      0xfc,
      'r ',
      0x80,
      ' 5 gibt es ',
      0x84,
      'Gr',
      0xfc,
      0xdf,
      'e',
      0x93,
      ' \x96 sagt sie.</p></body></html>',
    );
    expect(decodeHtml(page)).toContain('Für € 5 gibt es „Grüße“ – sagt sie.');
    expect(decodeHtml(Buffer.from('<p>Für € 5 – „Grüße“</p>'))).toContain('Für € 5 – „Grüße“');
  });

  it(
    'reads a page whose inline CSS jsdom cannot parse, as if that CSS were absent',
    async () => {
      const html = (await readFile(SEED, 'utf8')).replace(
        '<div class="bd">',
        '<div class="bd" style="width: calc(100% - 10px)); color: red">',
      );
      const url = 'https://japandigest.example/a/';
      const result = extractArticle(parseHtml(html, url), url);
      expect(result.ok && result.article.title).toBe('Spitzentreffen Japan, Russland: Entwurf für Zusammenarbeit');
    },
    SLOW,
  );

  it('names the file it could not find, in one line', async () => {
    const missing = join(tmpdir(), 'lede-no-such-dir', 'page.html');
    const error = await readHtmlFile(missing).catch((e: unknown) => e);
    expect(describeError(error, missing)).toBe(`file not found: ${missing}`);
  });

  it('answers timeout for a page past --timeout', async () => {
    const timed = new TimedExtractor(1);
    try {
      expect(await timed.extract(SEED)).toEqual({ ok: false, reason: 'timeout' });
    } finally {
      await timed.close();
    }
  });

  it(
    'reports a missing manifest as one line naming it, exit status 1, no stack trace',
    async () => {
      const manifest = join(tmpdir(), 'lede-no-such-dir', 'pages.jsonl');
      const failed = await cli('--manifest', manifest).catch(
        (e: { code: number; stderr: string; stdout: string }) => e,
      );
      expect(failed).toMatchObject({ code: 1, stdout: '', stderr: `manifest file not found: ${manifest}\n` });
    },
    2 * SLOW,
  );
});
