// LinkedIn's pages probe for known extensions by loading their files by URL. No file of ours
// may answer: from the page's own context, try every file in dist/ and expect every try to fail.
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { distDir, launchExtension, type Extension } from './harness';

let ext: Extension;
beforeAll(async () => {
  ext = await launchExtension();
});
afterAll(async () => {
  await ext?.close();
});

function filesIn(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesIn(path) : [relative(distDir, path)];
  });
}

test('no file of the built extension can be loaded from a LinkedIn page', async () => {
  const files = filesIn(distDir);
  expect(files).toContain('content.js');
  expect(files).toContain('manifest.json');
  const page = await ext.openLinkedIn('https://www.linkedin.com/feed/', {
    html: '<!doctype html><html><head><title>Feed</title></head><body><main>feed</main></body></html>',
  });
  const reachable = await page.evaluate(
    async ({ id, paths }) => {
      const found: string[] = [];
      for (const path of paths) {
        const url = `chrome-extension://${id}/${path}`;
        const byFetch = await fetch(url).then(() => true, () => false);
        // A probe may also use an <img> or <script> tag instead of fetch.
        const byTag = await new Promise<boolean>((resolve) => {
          const img = document.createElement('img');
          img.onload = () => resolve(true);
          img.onerror = () => resolve(false);
          img.src = url;
        });
        if (byFetch || byTag) found.push(path);
      }
      return found;
    },
    { id: ext.extensionId, paths: files },
  );
  expect(reachable).toEqual([]);
  await page.close();
});
