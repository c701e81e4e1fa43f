// Shared helpers for the browser tests: Debian's chromium through playwright-core, a watcher that records
// every console error / failed request / outside request, a walk from the home page to a commune, a plan
// and a task by clicking links, a tiny static server that serves the site under a sub-path, and axe-core.
//
// playwright-core never downloads a browser; everything here drives /usr/bin/chromium.
import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
export const AXE_PATH = path.resolve(here, '../node_modules/axe-core/axe.min.js');

// Communes the walk tries first (real seed communes), before the rest in page order.
export const PREFERRED_COMMUNES = ['Xã Tiên Lãng'];

export function siteDir() {
  const dir = process.env.SITE_DIR;
  if (!dir || !existsSync(path.join(dir, 'index.html'))) {
    throw new Error(`SITE_DIR must name a built site with index.html (got ${JSON.stringify(dir)}); use tests/browser/run.sh`);
  }
  return path.resolve(dir);
}

export function screenshotDir() {
  return path.resolve(process.env.SCREENSHOT_DIR || path.join(here, '../output'));
}

// file:///…/site/ — the root every relative link of the site resolves against when opened from disk.
export function fileRootUrl() {
  return pathToFileURL(siteDir() + path.sep).href;
}

export async function launchBrowser() {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: run scripts/install-deps.sh --browser`);
  // playwright-core makes a fresh temporary user-data-dir for each launch and removes it afterwards.
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

// A browser context in which only URLs under `rootUrl` (and inline data:/blob: URLs, which never touch the
// network) may load; anything else is aborted before it leaves the machine and recorded as a problem.
export async function newWatchedContext(browser, rootUrl, contextOptions = {}) {
  const context = await browser.newContext({ bypassCSP: true, ...contextOptions });
  const problems = [];
  const allowed = (url) => url.startsWith(rootUrl) || url.startsWith('data:') || url.startsWith('blob:');
  await context.route((url) => !allowed(url.href), (route) => route.abort('blockedbyclient'));
  context.on('page', (page) => watchPage(page, problems, allowed));
  const page = await context.newPage();
  return {
    context,
    page,
    // Problems recorded since the last call, cleared.
    takeProblems() {
      return problems.splice(0, problems.length);
    },
  };
}

function watchPage(page, problems, allowed) {
  const where = () => page.url();
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error on ${where()}: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`uncaught exception on ${where()}: ${err.message}`));
  page.on('request', (req) => {
    if (!allowed(req.url())) problems.push(`request outside the site from ${where()}: ${req.url()}`);
  });
  page.on('requestfailed', (req) => {
    // The browser asks for the page's icon after the load event, and going on to the next page cancels that
    // request (net::ERR_ABORTED): not a fault of the site. A missing icon still shows, as an HTTP 404 below.
    if (req.failure()?.errorText === 'net::ERR_ABORTED' && req.url().endsWith('/static/favicon.svg')) return;
    problems.push(`failed request from ${where()}: ${req.url()} (${req.failure()?.errorText})`);
  });
  page.on('response', (res) => {
    if (res.status() >= 400) problems.push(`HTTP ${res.status()} from ${where()}: ${res.url()}`);
  });
}

// What every page must have: Vietnamese as its language, a heading, one main landmark, and a clean load.
export async function checkPage(page, label, takeProblems, assert) {
  await page.waitForLoadState('load');
  const facts = await page.evaluate(() => ({
    lang: document.documentElement.getAttribute('lang'),
    h1: document.querySelectorAll('h1').length,
    h1Text: document.querySelector('h1')?.textContent.trim() ?? '',
    main: document.querySelectorAll('main, [role="main"]').length,
  }));
  const problems = takeProblems();
  assert.deepEqual(problems, [], `${label} (${page.url()}) loaded with problems`);
  assert.equal(facts.lang, 'vi', `${label}: <html lang="vi"> expected`);
  assert.ok(facts.h1 >= 1, `${label}: an <h1> expected`);
  assert.ok(facts.h1Text.length > 0, `${label}: the <h1> is empty`);
  assert.equal(facts.main, 1, `${label}: exactly one main landmark expected`);
  return facts;
}

// Links inside <main> whose target, relative to the site root, matches `pattern` (hash and query ignored).
async function linksMatching(page, rootUrl, pattern) {
  const all = await page.locator('main a[href]').evaluateAll((as) =>
    as.map((a) => ({ href: a.href, text: a.textContent.replace(/\s+/g, ' ').trim() })));
  const out = [];
  all.forEach((link, index) => {
    const url = new URL(link.href);
    url.hash = '';
    url.search = '';
    if (!url.href.startsWith(rootUrl)) return;
    const rel = decodeURIComponent(url.href.slice(rootUrl.length));
    const m = rel.match(pattern);
    if (m && !out.some((o) => o.rel === rel)) out.push({ index, rel, text: link.text, match: m });
  });
  return out;
}

async function clickLink(page, link) {
  await page.locator('main a[href]').nth(link.index).click();
  await page.waitForLoadState('load');
}

// A commune's own page folders, which are not plans.
const COMMUNE_PAGES = new Set(['co-quan', 'qua-han', 'sap-den-han', 'chi-tieu', 'nhung']);
// A plan's own page folders, which are not tasks (the notice comes before the task table on a plan page).
const PLAN_PAGES = new Set(['in', 'nhat-ky', 'theo-han', 'trang-thai', 'nhung']);

const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// From the home page, click to a commune (preferred ones first) that has a plan with tasks, then to that plan,
// then to its first task, checking each page on the way. Returns the four pages' URLs and names.
export async function walkFromHome(page, rootUrl, takeProblems, assert) {
  const home = rootUrl + 'index.html';
  await page.goto(home);
  const homeFacts = await checkPage(page, 'home page', takeProblems, assert);

  const communes = await linksMatching(page, rootUrl, /^([^/]+)\/index\.html$/);
  assert.ok(communes.length > 0, 'the home page links to no commune page');
  const rank = (c) => {
    const i = PREFERRED_COMMUNES.indexOf(c.text);
    return i < 0 ? PREFERRED_COMMUNES.length : i;
  };
  const ordered = [...communes].sort((a, b) => rank(a) - rank(b)); // stable: page order otherwise

  const tried = [];
  for (const commune of ordered) {
    if (page.url() !== home) await page.goto(home);
    takeProblems();
    const again = await linksMatching(page, rootUrl, new RegExp(`^${escapeRe(commune.rel)}$`));
    await clickLink(page, again[0]);
    assert.equal(page.url(), rootUrl + commune.rel, `clicking "${commune.text}" opened the wrong page`);
    const communeFacts = await checkPage(page, `commune page "${commune.text}"`, takeProblems, assert);
    const communeUrl = page.url();
    const c = escapeRe(commune.match[1]);

    const plans = (await linksMatching(page, rootUrl, new RegExp(`^${c}/([^/]+)/index\\.html$`)))
      .filter((link) => !COMMUNE_PAGES.has(link.match[1]));
    for (const plan of plans) {
      if (page.url() !== communeUrl) await page.goto(communeUrl);
      takeProblems();
      await clickLink(page, plan);
      assert.equal(page.url(), rootUrl + plan.rel, `clicking plan "${plan.text}" opened the wrong page`);
      const planFacts = await checkPage(page, `plan page "${plan.text}"`, takeProblems, assert);
      const planUrl = page.url();
      const p = escapeRe(plan.match[1]);

      const tasks = (await linksMatching(page, rootUrl, new RegExp(`^${c}/${p}/([^/]+)/index\\.html$`)))
        .filter((link) => !PLAN_PAGES.has(link.match[1]));
      if (tasks.length === 0) continue;
      await clickLink(page, tasks[0]);
      assert.equal(page.url(), rootUrl + tasks[0].rel, `clicking task "${tasks[0].text}" opened the wrong page`);
      const taskFacts = await checkPage(page, `task page "${tasks[0].text}"`, takeProblems, assert);
      return {
        home: { url: home, title: homeFacts.h1Text },
        commune: { url: communeUrl, title: communeFacts.h1Text, link: commune.text },
        plan: { url: planUrl, title: planFacts.h1Text, link: plan.text },
        task: { url: page.url(), title: taskFacts.h1Text, link: tasks[0].text },
      };
    }
    tried.push(`${commune.text} (${plans.length} plans)`);
  }
  assert.fail(`no commune leads to a plan with a task page; tried: ${tried.join(', ')}`);
}

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.pdf': 'application/pdf',
  '.woff2': 'font/woff2',
};

// Serves `dir` at http://127.0.0.1:PORT<prefix> (prefix like "/cong/xa/"); anything outside the prefix is a 404,
// so a root-absolute link in the site shows up as a failed request. Returns { url, close }.
export async function serveUnderSubPath(dir, prefix) {
  const server = createServer(async (req, res) => {
    try {
      const pathname = new URL(req.url, 'http://127.0.0.1').pathname;
      if (req.method !== 'GET' && req.method !== 'HEAD') throw Object.assign(new Error(), { status: 405 });
      if (!pathname.startsWith(prefix)) throw Object.assign(new Error(), { status: 404 });
      let file = path.join(dir, decodeURIComponent(pathname.slice(prefix.length)));
      if (file !== dir && !file.startsWith(dir + path.sep)) throw Object.assign(new Error(), { status: 403 });
      if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': CONTENT_TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream',
        'content-length': body.length,
        'cache-control': 'no-store',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (err) {
      const status = err.status || (err.code === 'ENOENT' || err.code === 'ENOTDIR' ? 404 : 500);
      res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(`${status}\n`);
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    close: () => new Promise((resolve) => {
      server.closeAllConnections?.();
      server.close(() => resolve());
    }),
  };
}

// Injects axe-core into the page and returns its violations (an array, empty when the page passes).
// On file:// every stylesheet is another origin to the page, so axe-core's CSSOM preload (an XMLHttpRequest per
// stylesheet) can only fail; Chromium logs that failure as a console error, sometimes after the next page has
// started loading, where it was blamed on the wrong page. Served pages keep the preload.
export async function runAxe(page, options = {}) {
  await page.addScriptTag({ path: AXE_PATH });
  const opts = page.url().startsWith('file:') ? { preload: false, ...options } : options;
  const result = await page.evaluate((o) => window.axe.run(document, o), opts);
  return result.violations;
}

// One line per violation, plus the first few offending nodes, for logs.
export function formatViolations(violations) {
  return violations.flatMap((v) => [
    `${v.impact ?? 'n/a'} ${v.id}: ${v.help} (${v.nodes.length} node${v.nodes.length === 1 ? '' : 's'}) ${v.helpUrl}`,
    ...v.nodes.slice(0, 3).map((n) => `    ${n.target.join(' ')}`),
  ]);
}
