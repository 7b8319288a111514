import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeHtml, parseHtml, readHtmlFile } from '../../../scripts/lib/html-file';

const latin1 = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0));

describe('reading saved pages', () => {
  it('decodes a page by its <meta charset> or http-equiv declaration', () => {
    expect(decodeHtml(latin1('<meta charset="windows-1252"><p>F\xfcr \x80 5</p>'))).toContain('Für € 5');
    expect(
      decodeHtml(latin1('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><p>Gr\xfc\xdfe</p>')),
    ).toContain('Grüße');
  });
  it('lets a byte-order mark win over the declaration, and defaults to UTF-8', () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('<meta charset="latin1"><p>Grüße</p>')]);
    expect(decodeHtml(bom)).toContain('Grüße');
    expect(decodeHtml(new TextEncoder().encode('<p>Grüße</p>'))).toContain('Grüße');
  });
  it('reads UTF-8 bytes as UTF-8 even under a stale legacy declaration (the lost HTTP header said so)', () => {
    expect(decodeHtml(new TextEncoder().encode('<meta charset="iso-8859-1"><p>für nur 5,99 Euro</p>'))).toContain(
      'für nur',
    );
  });
  it('reads .html.gz files and parses without running scripts', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'lede-html-'));
    const file = join(dir, 'p.html.gz');
    await writeFile(file, gzipSync(Buffer.from('<title>T</title><script>document.title="ran"</script><p>Grüße</p>')));
    const doc = parseHtml(await readHtmlFile(file), 'https://x.example/a');
    expect(doc.title).toBe('T');
    expect(doc.URL).toBe('https://x.example/a');
    expect(doc.body.textContent).toContain('Grüße');
  });
});
