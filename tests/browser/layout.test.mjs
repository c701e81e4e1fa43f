// Layout as a person sees it, at the widths people use: the plan page, its embed (nhung/) in iframes of
// 320–1200 px on another site, the one-file page (mot-tep.html) and the script-free fragment pasted into a
// plain CMS article. In every table, each row has as many cells as the header, no word is broken or runs
// out of its cell (a cell is at least its longest word wide), the page is no wider than the window; the
// embed is no taller than the plan page at the same width; on a phone the task list starts in the first two
// screens. Screenshots of each case go to SCREENSHOT_DIR/layout/ for review.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile, rm, mkdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launchBrowser, serveUnderSubPath, siteDir, screenshotDir } from './lib/harness.mjs';
import { layoutProblems, pageHeight, embedHostHtml, fragmentHostHtml } from './lib/layout.mjs';

const TIMEOUT = 180_000;
const PLAN = 'tien-lang/cchc-2026/';
const PAGE_WIDTHS = [360, 768, 1280];
const EMBED_WIDTHS = [320, 600, 900, 1200];
let browser;
let site;
let host;
let hostDir;
let shots;

before(async () => {
  browser = await launchBrowser();
  site = await serveUnderSubPath(siteDir(), '/cong-khai/');
  hostDir = await mkdtemp(path.join(tmpdir(), 'congkhai-layout-'));
  host = await serveUnderSubPath(hostDir, '/tin-tuc/');
  shots = path.join(screenshotDir(), 'layout');
  await mkdir(shots, { recursive: true });
});

after(async () => {
  await browser?.close();
  await site?.close();
  await host?.close();
  if (hostDir) await rm(hostDir, { recursive: true, force: true });
});

async function openAt(width, url, height = 800) {
  const context = await browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  await page.goto(url);
  return { context, page };
}

function report(label, problems) {
  assert.deepEqual(problems, [], `${label}:\n  ${problems.join('\n  ')}`);
}

test('plan page: tables and words hold at 360, 768 and 1280 px', { timeout: TIMEOUT }, async () => {
  for (const width of PAGE_WIDTHS) {
    const { context, page } = await openAt(width, site.url + PLAN + 'index.html');
    try {
      await page.screenshot({ path: path.join(shots, `plan-${width}.png`) });
      report(`plan page at ${width} px`, await layoutProblems(page));
    } finally {
      await context.close();
    }
  }
});

test('plan page on a phone (360×800): the first task starts within two screens', { timeout: TIMEOUT }, async (t) => {
  const { context, page } = await openAt(360, site.url + PLAN + 'index.html');
  try {
    const y = await page.locator('tr[data-status]').first().evaluate((el) => el.getBoundingClientRect().top + scrollY);
    t.diagnostic(`first task row at y = ${Math.round(y)} px`);
    assert.ok(y < 1600, `the first task row starts at y = ${Math.round(y)} px`);
  } finally {
    await context.close();
  }
});

test('embed in iframes of 320, 600, 900 and 1200 px: no squeezed column, no taller than the plan page', { timeout: TIMEOUT }, async () => {
  const planPage = await readFile(path.join(siteDir(), PLAN, 'index.html'), 'utf8');
  const snippet = /<pre class="snippet"[^>]*><code>([\s\S]*?)<\/code><\/pre>/.exec(planPage);
  assert.ok(snippet, 'the plan page shows the embed snippet');
  const code = snippet[1].replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&').replaceAll('https://DIA-CHI-TRANG-CONG-KHAI/', site.url);
  for (const width of EMBED_WIDTHS) {
    await writeFile(path.join(hostDir, `nhung-${width}.html`), embedHostHtml(code, width));
    const { context, page } = await openAt(Math.max(width + 40, 360), host.url + `nhung-${width}.html`);
    try {
      const frame = page.frameLocator('iframe');
      await frame.locator('tr[data-status]').first().waitFor();
      const iframe = page.locator('iframe');
      // The snippet's script sets the height from the embed's message: wait until it has.
      await page.waitForFunction(() => document.querySelector('iframe').style.height !== '');
      const inner = await iframe.evaluate((el) => el.offsetHeight);
      const frameHandle = await (await iframe.elementHandle()).contentFrame();
      report(`embed in a ${width} px iframe`, await layoutProblems(frameHandle));
      await page.screenshot({ path: path.join(shots, `embed-${width}.png`) });

      const plan = await openAt(width, site.url + PLAN + 'index.html');
      const planHeight = await pageHeight(plan.page);
      await plan.context.close();
      assert.ok(inner <= planHeight, `embed ${inner} px tall in a ${width} px iframe; the plan page is ${planHeight} px`);
    } finally {
      await context.close();
    }
  }
});

test('one-file page: header and rows agree, words hold at 360, 768 and 1280 px', { timeout: TIMEOUT }, async () => {
  for (const width of PAGE_WIDTHS) {
    const { context, page } = await openAt(width, site.url + PLAN + 'mot-tep.html');
    try {
      await page.screenshot({ path: path.join(shots, `mot-tep-${width}.png`) });
      report(`one-file page at ${width} px`, await layoutProblems(page));
    } finally {
      await context.close();
    }
  }
});

test('fragment in a plain CMS article: header and rows agree, words hold at 360, 768 and 1280 px', { timeout: TIMEOUT }, async () => {
  const fragment = await readFile(path.join(siteDir(), PLAN, 'doan-html.html'), 'utf8');
  await writeFile(path.join(hostDir, 'bai-viet.html'), fragmentHostHtml(fragment));
  for (const width of PAGE_WIDTHS) {
    const { context, page } = await openAt(width, host.url + 'bai-viet.html');
    try {
      await page.screenshot({ path: path.join(shots, `doan-html-${width}.png`) });
      // The article's own stylesheet decides how wide a table may grow: only the fragment's structure and
      // words are ours to check.
      const problems = (await layoutProblems(page)).filter((p) => !p.startsWith('page is '));
      report(`fragment at ${width} px`, problems);
    } finally {
      await context.close();
    }
  }
});
