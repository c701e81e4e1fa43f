// Weight budgets of issue 6, measured over HTTP on what Chromium actually fetched: the plan page of the largest
// real plan (Tiên Lãng, 38 tasks) under 100 KB of HTML + CSS uncompressed; under 20 KB of JavaScript on every
// page type; no request leaving the local server. The figures are printed on every run.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, newWatchedContext, serveUnderSubPath, siteDir } from './lib/harness.mjs';
import { pageList, planData, LARGEST_PLAN } from './lib/pages.mjs';

const TIMEOUT = 120_000;
const HTML_CSS_BUDGET = 100_000; // bytes, uncompressed
const JS_BUDGET = 20_000;        // bytes, uncompressed
let browser;
let server;

before(async () => {
  browser = await launchBrowser();
  server = await serveUnderSubPath(siteDir(), '/cong/');
});

after(async () => {
  await server?.close();
  await browser?.close();
});

// Loads `url` and returns every response's size by kind: html, css, js (code from static/), index (the search
// index's data files, also .js), other. `act` may do something on the page first (a search).
async function weigh(page, url, act = async () => {}) {
  const responses = [];
  const onResponse = (res) => responses.push(res);
  page.on('response', onResponse);
  await page.goto(url);
  await page.waitForLoadState('load');
  await act(page);
  page.off('response', onResponse);
  const sizes = { html: 0, css: 0, js: 0, index: 0, other: 0, files: [] };
  for (const res of responses) {
    // The local server always sends Content-Length: the bytes on the wire, uncompressed.
    const length = Number(res.headers()['content-length']);
    const type = res.headers()['content-type'] ?? '';
    const rel = res.url().slice(server.url.length).replace(/\?.*/, '');
    const kind = type.startsWith('text/html') ? 'html'
      : type.startsWith('text/css') ? 'css'
        : type.startsWith('text/javascript') ? (rel.startsWith('static/') ? 'js' : 'index')
          : 'other';
    sizes[kind] += length;
    sizes.files.push(`${rel} ${length}`);
  }
  return sizes;
}

const kb = (n) => `${(n / 1000).toFixed(1)} KB`;

test(`plan page of ${LARGEST_PLAN}: HTML + CSS under 100 KB`, { timeout: TIMEOUT }, async (t) => {
  const data = await planData(siteDir(), LARGEST_PLAN);
  assert.ok(data.nhiem_vu.length >= 38, `${LARGEST_PLAN} should be the 38-task plan (has ${data.nhiem_vu.length})`);
  const { context, page, takeProblems } = await newWatchedContext(browser, server.url);
  try {
    const sizes = await weigh(page, `${server.url}${LARGEST_PLAN}/index.html`);
    assert.deepEqual(takeProblems(), [], 'the plan page loaded with problems (or asked for something outside the site)');
    const line = `${LARGEST_PLAN} (${data.nhiem_vu.length} tasks): HTML ${sizes.html} B + CSS ${sizes.css} B = ${kb(sizes.html + sizes.css)}`
      + ` (budget ${kb(HTML_CSS_BUDGET)}); JavaScript ${sizes.js} B; other ${sizes.other} B`;
    t.diagnostic(line);
    assert.ok(sizes.html + sizes.css <= HTML_CSS_BUDGET, `plan page too heavy: ${line}\n  ${sizes.files.join('\n  ')}`);
  } finally {
    await context.close();
  }
});

test('every page type loads under 20 KB of JavaScript and nothing from outside the site', { timeout: TIMEOUT }, async (t) => {
  const site = siteDir();
  const seen = new Set();
  const sample = (await pageList(site)).filter((p) => !seen.has(p.kind) && seen.add(p.kind));
  const { context, page, takeProblems } = await newWatchedContext(browser, server.url);
  const over = [];
  try {
    for (const p of sample) {
      // The search page loads its index as the reader types: weigh it with a query answered.
      const search = p.kind === 'search';
      const act = search
        ? (pg) => pg.waitForFunction(() => document.querySelectorAll('#ck-results > li .search-snippet').length > 0)
        : undefined;
      const query = search ? `?q=${encodeURIComponent('cải cách hành chính')}` : '';
      const sizes = await weigh(page, server.url + p.path + query, act);
      const problems = takeProblems();
      if (problems.length) over.push(`${p.path}: ${problems.join('; ')}`);
      const line = `${p.kind}: HTML ${sizes.html} B, CSS ${sizes.css} B, JavaScript ${sizes.js} B`
        + (sizes.index ? `, search index data ${sizes.index} B` : '');
        t.diagnostic(line);
      if (sizes.js > JS_BUDGET) over.push(`${p.path}: ${sizes.js} B of JavaScript (budget ${JS_BUDGET} B)`);
    }
  } finally {
    await context.close();
  }
  assert.deepEqual(over, [], over.join('\n'));
});
