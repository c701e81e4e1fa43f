// Measures both search engines on the same built site in Debian's chromium at a phone's size (360×800) (playwright-core from tests/browser):
// bytes and requests to the first result for each query from a cold cache, bytes for each later query in the same
// page, and recall / precision of the task pages returned against expected.json (made by make_corpus.py).
// Usage: node measure.mjs SITE_DIR EXPECTED_JSON
import { createServer } from 'node:http';
import { readFile, writeFile, stat } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(new URL('../../tests/browser/package.json', import.meta.url));
const { chromium } = require('playwright-core');
const [site, expectedFile] = process.argv.slice(2);
const { expected, texts } = JSON.parse(await readFile(expectedFile, 'utf8'));
const queries = Object.keys(expected);

// A static server that gzips text as a web server would, and counts what it sends.
let sent = { bytes: 0, requests: 0 };
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };
const server = createServer(async (req, res) => {
  let file = path.join(site, decodeURIComponent(new URL(req.url, 'http://x').pathname));
  try {
    if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
    let body = await readFile(file);
    const type = types[path.extname(file)];
    const headers = { 'content-type': type || 'application/octet-stream', 'cache-control': 'max-age=3600' };
    if (type) { body = gzipSync(body, { level: 9 }); headers['content-encoding'] = 'gzip'; }
    sent.bytes += body.length;
    sent.requests += 1;
    res.writeHead(200, headers).end(body);
  } catch { res.writeHead(404).end(); }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}/`;
const take = () => { const s = sent; sent = { bytes: 0, requests: 0 }; return s; };

await writeFile(path.join(site, 'pagefind-bench.html'), `<!doctype html><html lang="vi"><meta charset="utf-8"><title>pf</title>
<script type="module">
window.pf = await import('./pagefind/pagefind.js');
window.pfSearch = async (q, all) => {
  const s = await pf.search(q);
  const data = await Promise.all((all ? s.results : s.results.slice(0, 10)).map((r) => r.data()));
  return data.map((d) => d.url);
};
window.pfReady = true;
</script></html>`);

const ours = {
  async open(page, q) {
    await page.goto(`${base}search/index.html?q=${encodeURIComponent(q)}`);
    await this.wait(page);
  },
  async later(page, q) {
    await page.fill('#q', q);
    await page.press('#q', 'Enter');
    await page.waitForFunction((q) => document.getElementById('ck-status').textContent.includes(`“${q}”`), q);
    await this.wait(page);
  },
  wait: (page) => page.waitForFunction(() => {
    const s = document.getElementById('ck-status').textContent;
    const first = document.querySelector('#ck-results > li');
    return s && s !== 'Đang tìm…' && (!first || first.querySelector('.search-snippet'));
  }),
  all: (page, q) => page.evaluate((q) => {
    const c = window.__ckSearchCore, m = c.meta();
    return c.run(c.tokens(q.normalize('NFC')), false, { xa: '', trang_thai: '', co_quan: '' }).hits
      .map((h) => m.list[h.d]).filter((r) => r[0] === 0)
      .map((r) => `${m.communes[m.plans[r[1]][0]][0]}/${m.plans[r[1]][1]}/${r[2]}/index.html`);
  }, q),
};
const pagefind = {
  async open(page, q) {
    await page.goto(`${base}pagefind-bench.html`);
    await page.waitForFunction(() => window.pfReady);
    await page.evaluate((q) => window.pfSearch(q, false), q);
  },
  later: (page, q) => page.evaluate((q) => window.pfSearch(q, false), q),
  all: async (page, q) => (await page.evaluate((q) => window.pfSearch(q, true), q))
    .map((u) => u.replace(/^\//, '').replace(/(index\.html)?$/, 'index.html')),
};

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--headless'] });
const kb = (n) => (n / 1024).toFixed(1);
for (const [name, engine] of [['congkhai', ours], ['pagefind', pagefind]]) {
  const rows = [];
  // Later queries: one page, every query in turn after the first.
  const phone = { viewport: { width: 360, height: 800 }, isMobile: true };  // what a citizen's phone shows
  const warm = await browser.newContext(phone);
  const warmPage = await warm.newPage();
  take();
  await engine.open(warmPage, queries[0]);
  const later = [];
  for (const q of queries.slice(1)) {
    take();
    await engine.later(warmPage, q);
    later.push(take().bytes);
  }
  for (const q of queries) {
    const ctx = await browser.newContext(phone);
    const page = await ctx.newPage();
    take();
    await engine.open(page, q);
    const first = take();
    const got = await engine.all(page, q);
    const want = new Set(expected[q]);
    const tasks = got.filter((u) => texts[u] !== undefined);
    const hit = tasks.filter((u) => want.has(u)).length;
    const top10 = tasks.slice(0, 10);
    rows.push({ q, first, results: tasks.length, expected: want.size, recall: want.size ? hit / want.size : 1,
      precision: tasks.length ? hit / tasks.length : 1, top10 });
    await ctx.close();
  }
  await warm.close();
  console.log(`\n== ${name}`);
  console.log('query'.padEnd(24) + 'first KB  reqs  results  expected  recall  precision');
  for (const r of rows) {
    console.log(r.q.padEnd(24) + kb(r.first.bytes).padStart(8) + String(r.first.requests).padStart(6) +
      String(r.results).padStart(9) + String(r.expected).padStart(10) + (r.recall * 100).toFixed(0).padStart(7) + '%' +
      (r.precision * 100).toFixed(0).padStart(10) + '%');
  }
  const firsts = rows.map((r) => r.first.bytes);
  console.log(`first result: ${kb(Math.min(...firsts))}–${kb(Math.max(...firsts))} KB; later queries: median ${kb(later.sort((a, b) => a - b)[later.length >> 1])} KB, max ${kb(Math.max(...later))} KB`);
  const phrase = rows.find((r) => r.q === 'hành chính công');
  if (phrase) {
    const fold = (s) => s.toLowerCase().replace(/đ/g, 'd').normalize('NFD').replace(/\p{M}/gu, '').replace(/[^a-z0-9]+/g, ' ');
    const n = phrase.top10.filter((u) => fold(texts[u]).includes('hanh chinh cong')).length;
    console.log(`"hành chính công": ${n} of the top ${phrase.top10.length} task results contain the phrase`);
  }
  const recallUnaccented = rows.filter((r) => !/[^\x00-\x7f]/.test(r.q));
  console.log(`unaccented queries: recall ${(100 * recallUnaccented.reduce((s, r) => s + r.recall, 0) / recallUnaccented.length).toFixed(0)}% on average`);
}
await browser.close();
server.close();
