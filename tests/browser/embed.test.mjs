// The embed form (docs/deploy.md) in Debian's chromium: the iframe snippet copied from a plan page, with its
// address filled in, is pasted into a "commune portal" page served from another origin. The embed page loads
// inside the iframe, the iframe takes the content's height from its postMessage, a message from anywhere else
// changes nothing, a link inside opens in the whole window, and nothing is requested outside the two servers.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launchBrowser, serveUnderSubPath, siteDir, screenshotDir } from './lib/harness.mjs';

const TIMEOUT = 120_000;
const PLACEHOLDER = 'https://DIA-CHI-TRANG-CONG-KHAI/';
let browser;
let site;
let host;
let hostDir;

before(async () => {
  browser = await launchBrowser();
  site = await serveUnderSubPath(siteDir(), '/cong-khai/');
  hostDir = await mkdtemp(path.join(tmpdir(), 'congkhai-host-'));
  host = await serveUnderSubPath(hostDir, '/tin-tuc/');
});

after(async () => {
  await browser?.close();
  await site?.close();
  await host?.close();
  if (hostDir) await rm(hostDir, { recursive: true, force: true });
});

// The snippet as an administrator copies it from the page, with the site's address put in.
async function copySnippet(page, pagePath) {
  await page.goto(site.url + pagePath);
  await page.locator('details.hosting summary').click();
  const snippet = await page.locator('details.hosting pre.snippet').textContent();
  assert.ok(snippet.includes(PLACEHOLDER), 'a site built without base_url shows the address to replace');
  return snippet.replaceAll(PLACEHOLDER, site.url);
}

test('plan embed fits its iframe on another origin and ignores foreign messages', { timeout: TIMEOUT }, async () => {
  const context = await browser.newContext();
  const outside = [];
  const errors = [];
  context.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(site.url) && !url.startsWith(host.url) && !url.startsWith('data:')) outside.push(url);
  });
  try {
    const page = await context.newPage();
    page.on('pageerror', (err) => errors.push(err.message));
    page.on('console', (msg) => {
      if (msg.type() === 'error' && !msg.text().startsWith('Failed to load resource')) errors.push(msg.text());
    });
    // Chromium asks every origin for /favicon.ico on its own; the site's requests must all succeed.
    context.on('response', (res) => {
      if (res.status() >= 400 && !res.url().endsWith('/favicon.ico')) errors.push(`${res.status()} ${res.url()}`);
    });

    const snippet = await copySnippet(page, 'tien-lang/cchc-2026/index.html');
    await writeFile(path.join(hostDir, 'index.html'),
      `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Cổng thông tin xã</title></head>` +
      `<body><h1>Công khai kế hoạch</h1>\n${snippet}\n<p id="cuoi-bai">Cuối bài viết</p></body></html>`);
    await page.goto(host.url + 'index.html');

    const iframe = page.locator('#congkhai-tien-lang-cchc-2026');
    const frame = page.frameLocator('#congkhai-tien-lang-cchc-2026');
    await frame.locator('tr#nv-1').waitFor();
    assert.equal(await frame.locator('.site-header').count(), 0, 'no site chrome inside the frame');

    // The iframe grows from the snippet's 600 px to the content's height.
    await page.waitForFunction(() => document.getElementById('congkhai-tien-lang-cchc-2026').offsetHeight > 600);
    const inner = await frame.locator('html').evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
    const outer = await iframe.evaluate((el) => el.offsetHeight);
    assert.ok(Math.abs(outer - inner) <= 2, `iframe ${outer}px for content ${inner}px`);
    await page.screenshot({ path: path.join(screenshotDir(), 'embed-host.png') });

    // A message that is not from the iframe's window is ignored, whatever it says.
    await page.evaluate(() => window.postMessage({ congkhai: 'chieu-cao', chieu_cao: 40 }, '*'));
    await page.waitForTimeout(300);
    assert.equal(await iframe.evaluate((el) => el.offsetHeight), outer, 'a foreign message changed the height');

    // Links inside open in the whole window (base target _top), at the full plan page.
    await Promise.all([
      page.waitForURL(site.url + 'tien-lang/cchc-2026/index.html'),
      frame.locator('h1 a').click(),
    ]);
    assert.deepEqual(outside, [], 'requests outside the two servers');
    assert.deepEqual(errors, [], 'console errors');
  } finally {
    await context.close();
  }
});

test('commune summary embed loads in an iframe and reports its height', { timeout: TIMEOUT }, async () => {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const snippet = await copySnippet(page, 'tien-lang/index.html');
    await writeFile(path.join(hostDir, 'xa.html'),
      `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Xã</title></head><body>${snippet}</body></html>`);
    await page.goto(host.url + 'xa.html');
    const frame = page.frameLocator('#congkhai-tien-lang');
    await frame.locator('h1 a').waitFor();
    await page.waitForFunction(() => document.getElementById('congkhai-tien-lang').style.height !== '');
    const outer = await page.locator('#congkhai-tien-lang').evaluate((el) => el.offsetHeight);
    assert.ok(outer > 100 && outer < 600, `a short summary gets a short frame (${outer}px)`);
  } finally {
    await context.close();
  }
});
