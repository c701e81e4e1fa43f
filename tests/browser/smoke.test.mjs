// Smoke tests of the built portal in Debian's chromium (run through tests/browser/run.sh, which sets SITE_DIR
// and SCREENSHOT_DIR): clean loads from disk, navigation by clicking, the same under an HTTP sub-path,
// screenshots at phone and desktop widths, and an axe-core report (printed, not yet asserted).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  launchBrowser, newWatchedContext, checkPage, walkFromHome, serveUnderSubPath,
  runAxe, formatViolations, siteDir, screenshotDir, fileRootUrl,
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

test('screenshots at 360 px and 1280 px of home, commune, plan and task pages', { timeout: TIMEOUT }, async (t) => {
  const root = fileRootUrl();
  const outDir = screenshotDir();
  await mkdir(outDir, { recursive: true });
  for (const width of [360, 1280]) {
    const options = { viewport: { width, height: 800 }, deviceScaleFactor: 1, isMobile: width < 600, hasTouch: width < 600 };
    await withContext(root, options, async ({ page, takeProblems }) => {
      // Navigating by clicking at this width also proves the links are reachable in the phone layout.
      const pages = await walkFromHome(page, root, takeProblems, assert);
      for (const kind of KINDS) {
        await page.goto(pages[kind].url);
        await checkPage(page, `${kind} page at ${width} px`, takeProblems, assert);
        const file = path.join(outDir, `${width}-${kind}.png`);
        await page.screenshot({ path: file, fullPage: true });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        t.diagnostic(`${path.basename(file)}${overflow > 0 ? ` (content ${overflow} px wider than the viewport)` : ''}`);
      }
    });
  }
});

// Report only for now: the theme is being reworked, so violations are printed and saved, not asserted.
// (Issue 6 turns this into "zero violations on every page type".)
test('axe-core report for each page type (printed, not asserted yet)', { timeout: TIMEOUT }, async (t) => {
  const root = fileRootUrl();
  const report = {};
  await withContext(root, {}, async ({ page, takeProblems }) => {
    const pages = await walkFromHome(page, root, takeProblems, assert);
    for (const kind of KINDS) {
      await page.goto(pages[kind].url);
      const violations = await runAxe(page);
      assert.ok(Array.isArray(violations), 'axe returned no violations array');
      report[kind] = { url: pages[kind].url.slice(root.length), violations };
      const lines = formatViolations(violations);
      console.log(`axe ${kind} (${report[kind].url}): ${violations.length} violation(s)`);
      for (const line of lines) console.log(`  ${line}`);
      t.diagnostic(`axe ${kind}: ${violations.length} violation(s)${violations.length ? ': ' + violations.map((v) => v.id).join(', ') : ''}`);
    }
  });
  const outDir = screenshotDir();
  await mkdir(outDir, { recursive: true });
  await writeFile(path.join(outDir, 'axe-report.json'), JSON.stringify(report, null, 2) + '\n');
});
