// Smoke tests of the built portal in Debian's chromium (run through tests/browser/run.sh, which sets SITE_DIR):
// clean loads from disk, navigation by clicking, the same under an HTTP sub-path. Every page type, axe-core and
// screenshots: pages.test.mjs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launchBrowser, newWatchedContext, checkPage, walkFromHome, serveUnderSubPath, siteDir, fileRootUrl,
} from './lib/harness.mjs';

const TIMEOUT = 120_000;
const KINDS = ['home', 'commune', 'plan', 'task'];
let browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

async function withContext(rootUrl, options, fn) {
  const watched = await newWatchedContext(browser, rootUrl, options);
  try {
    return await fn(watched);
  } finally {
    await watched.context.close();
  }
}

test('home page opened from disk loads cleanly with no request outside the site', { timeout: TIMEOUT }, async () => {
  const root = fileRootUrl();
  await withContext(root, {}, async ({ page, takeProblems }) => {
    const requests = [];
    page.on('request', (req) => requests.push(req.url()));
    await page.goto(root + 'index.html');
    await checkPage(page, 'home page', takeProblems, assert);
    const outside = requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:'));
    assert.deepEqual(outside, [], 'the home page made non-file requests');
    // Every stylesheet, script and image it refers to actually loaded.
    const broken = await page.evaluate(() => [
      ...[...document.images].filter((img) => img.complete && img.naturalWidth === 0).map((img) => img.src),
      ...[...document.querySelectorAll('link[rel="stylesheet"]')].filter((l) => !l.sheet).map((l) => l.href),
    ]);
    assert.deepEqual(broken, [], 'the home page has broken resources');
  });
});

test('from disk: home → commune → plan → task by clicking links', { timeout: TIMEOUT }, async (t) => {
  const root = fileRootUrl();
  await withContext(root, {}, async ({ page, takeProblems }) => {
    const pages = await walkFromHome(page, root, takeProblems, assert);
    for (const kind of KINDS) t.diagnostic(`${kind}: ${pages[kind].title} — ${pages[kind].url.slice(root.length)}`);
  });
});

test('under an HTTP sub-path: the same navigation works with relative links', { timeout: TIMEOUT }, async (t) => {
  const server = await serveUnderSubPath(siteDir(), '/cong/xa/');
  try {
    await withContext(server.url, {}, async ({ page, takeProblems }) => {
      const pages = await walkFromHome(page, server.url, takeProblems, assert);
      for (const kind of KINDS) {
        assert.ok(new URL(pages[kind].url).pathname.startsWith('/cong/xa/'), `${kind} page left the sub-path`);
      }
      t.diagnostic(`served at ${server.url}; task page ${pages.task.url.slice(server.url.length)}`);
    });
  } finally {
    await server.close();
  }
});
