import { describe, expect, it } from 'vitest';
import { readFile, readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { JSDOM } from 'jsdom';

// Extension pages render stored articles in Lede's origin; their CSP is the net under the
// sanitisers. The built manifests must keep the browsers' strict default and the built HTML must
// not need anything looser. Runs on the output of `npm run build`, like the other browser tests.
const OUTPUT = resolve(import.meta.dirname, '../../.output');
const BUILDS = ['chrome-mv3', 'firefox-mv3'];

type Manifest = Record<string, unknown> & {
  content_security_policy?: unknown;
  web_accessible_resources?: Array<{ resources: string[]; matches?: string[] }>;
};

async function filesUnder(dir: string, ext: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true });
  return entries.filter((name) => name.endsWith(ext)).map((name) => join(dir, name));
}

describe.each(BUILDS)('the %s build', (build) => {
  const dir = join(OUTPUT, build);
  const manifest = async (): Promise<Manifest> =>
    JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as Manifest;

  it('keeps the default CSP, or one at least as strict: no unsafe-inline, no unsafe-eval, no remote script', async () => {
    const csp = JSON.stringify((await manifest()).content_security_policy ?? '');
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|https?:|\*/);
  });

  it('lets no web page message Lede or load its pages', async () => {
    const m = await manifest();
    expect(m.externally_connectable).toBeUndefined();
    const exposed = (m.web_accessible_resources ?? []).flatMap((entry) => entry.resources);
    expect(exposed.filter((resource) => /\.html?$|\*/.test(resource))).toEqual([]);
  });

  it('builds HTML pages without inline script or handlers', async () => {
    const pages = await filesUnder(dir, '.html');
    expect(pages.map((file) => file.slice(dir.length + 1))).toEqual(
      expect.arrayContaining(['popup.html', 'article.html']),
    );
    for (const file of pages) {
      const doc = new JSDOM(await readFile(file, 'utf8')).window.document;
      const inline = [...doc.querySelectorAll('script')].filter(
        (s) => !s.hasAttribute('src') || (s.textContent ?? '').trim() !== '',
      );
      expect(
        inline.map((s) => s.outerHTML),
        file,
      ).toEqual([]);
      const handlers = [...doc.querySelectorAll('*')].flatMap((el) =>
        [...el.attributes]
          .filter((a) => /^on/i.test(a.name) || /^\s*javascript:/i.test(a.value))
          .map((a) => `${el.localName} ${a.name}`),
      );
      expect(handlers, file).toEqual([]);
      for (const s of doc.querySelectorAll('script[src]')) expect(s.getAttribute('src'), file).toMatch(/^\.{0,2}\//);
    }
  });
});
