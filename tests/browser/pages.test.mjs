// Every page type of the portal (tests/browser/lib/pages.mjs), on the real seed plans and the illustrative
// commune, at 360 px (phone) and 1280 px (desktop): it loads with no console error, no failed request and no
// request leaving the site; axe-core finds no violation; nothing is wider than the screen. Screenshots of each
// page type at both widths go to SCREENSHOT_DIR (tests/browser/output/), plus an axe report.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  launchBrowser, newWatchedContext, checkPage, runAxe, formatViolations, siteDir, screenshotDir, fileRootUrl,
} from './lib/harness.mjs';
import { pageList } from './lib/pages.mjs';

// About 70 pages per width, each checked by axe-core: minutes on a slow 2-core CI machine.
const TIMEOUT = 400_000;
const WIDTHS = [360, 1280];
let browser;
let pages;

before(async () => {
  browser = await launchBrowser();
  pages = await pageList(siteDir());
});

after(async () => {
  await browser?.close();
});

// One screenshot per page type, and the illustrative commune's plan and task (the only ones with progress).
function screenshotName(page, seen) {
  const illustrative = page.path.startsWith('minh-hoa/') && (page.kind === 'plan' || page.kind === 'task');
  const name = illustrative ? `${page.kind}-minh-hoa` : page.kind;
  if (seen.has(name)) return null;
  seen.add(name);
  return name;
}

// Zero violations only means something if axe-core really checks these pages: show it a known fault.
test('axe-core reports a fault planted in a real page (so "zero violations" is meaningful)', { timeout: TIMEOUT }, async () => {
  const root = fileRootUrl();
  const { context, page } = await newWatchedContext(browser, root);
  try {
    await page.goto(root + pages.find((p) => p.kind === 'plan').path);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Chữ nhạt khó đọc';
      p.style.color = '#d0d0d0';
      const img = document.createElement('img');
      img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
      document.querySelector('main').append(p, img);
    });
    const ids = (await runAxe(page)).map((v) => v.id);
    assert.ok(ids.includes('color-contrast') && ids.includes('image-alt'), `axe-core missed planted faults: ${ids.join(', ')}`);
  } finally {
    await context.close();
  }
});

// The two widths run side by side (separate browser contexts) to keep the suite short.
describe('every page type', { concurrency: WIDTHS.length }, () => {
for (const width of WIDTHS) {
  test(`every page type at ${width} px: clean load, zero axe violations, fits the screen`, { timeout: TIMEOUT }, async (t) => {
    const root = fileRootUrl();
    const outDir = screenshotDir();
    await mkdir(outDir, { recursive: true });
    const phone = width < 600;
    const { context, page, takeProblems } = await newWatchedContext(browser, root, {
      viewport: { width, height: 800 }, deviceScaleFactor: 1, isMobile: phone, hasTouch: phone,
    });
    const failures = [];
    const report = {};
    const seen = new Set();
    try {
      for (const p of pages) {
        await page.goto(root + p.path);
        try {
          await checkPage(page, `${p.kind} page`, takeProblems, assert);
        } catch (err) {
          failures.push(`${p.path}: ${err.message}`);
        }
        const violations = await runAxe(page);
        if (violations.length) {
          report[p.path] = violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')) }));
          failures.push(`${p.path}: axe-core found ${violations.length} violation(s)\n  ${formatViolations(violations).join('\n  ')}`);
        }
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        if (overflow > 0) failures.push(`${p.path}: the page is ${overflow} px wider than a ${width} px screen`);
        const shot = screenshotName(p, seen);
        if (shot) await page.screenshot({ path: path.join(outDir, `${width}-${shot}.png`), fullPage: true });
        // axe's own script is not part of the page: anything it logged is not the page's problem.
        takeProblems();
      }
    } finally {
      await context.close();
    }
    await writeFile(path.join(outDir, `axe-report-${width}.json`), JSON.stringify(report, null, 2) + '\n');
    t.diagnostic(`${pages.length} pages of ${new Set(pages.map((p) => p.kind)).size} types checked at ${width} px; screenshots: ${[...seen].join(', ')}`);
    assert.deepEqual(failures, [], `problems at ${width} px:\n${failures.join('\n')}`);
  });
}
});

// Printing: the plan's task table prints as a table (not phone cards: an A4 page is as narrow as a phone), with
// its header on every page and without the on-screen controls; the notice view fits A4. PDFs go to the output.
test('print: the plan task table and the notice view on A4', { timeout: TIMEOUT }, async (t) => {
  const root = fileRootUrl();
  const outDir = screenshotDir();
  await mkdir(outDir, { recursive: true });
  // 210 mm less the 12 mm margins of @page, at 96 px per inch.
  const a4 = { width: Math.round(((210 - 24) / 25.4) * 96), height: 1000 };
  const { context, page, takeProblems } = await newWatchedContext(browser, root, { viewport: a4 });
  try {
    await page.emulateMedia({ media: 'print' });
    for (const p of pages.filter((x) => x.kind === 'plan' || x.kind === 'notice')) {
      await page.goto(root + p.path);
      const facts = await page.evaluate(() => {
        const shown = (sel) => [...document.querySelectorAll(sel)].filter((e) => e.getClientRects().length > 0).length;
        // A plan without tasks (Tân Minh) has nothing to print as rows.
        const row = document.querySelector('table.tasks tbody tr, table.notice-table tbody tr');
        return {
          rows: row ? getComputedStyle(row).display : 'table-row',
          head: row ? getComputedStyle(row.closest('table').querySelector('thead')).display : 'table-header-group',
          controls: shown('#bo-loc, nav.views, details.hosting, .site-header, .no-print'),
          overflow: [...document.querySelectorAll('table')].filter((x) => x.getClientRects().length && x.scrollWidth > x.clientWidth + 1).length,
          wide: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        };
      });
      assert.equal(facts.rows, 'table-row', `${p.path}: printed rows must be table rows, not cards`);
      assert.equal(facts.head, 'table-header-group', `${p.path}: the table header repeats on every printed page`);
      assert.equal(facts.controls, 0, `${p.path}: on-screen controls must not print`);
      assert.equal(facts.overflow + Math.max(0, facts.wide), 0, `${p.path}: something is wider than an A4 page`);
    }
    for (const kind of ['plan', 'notice']) {
      const p = pages.find((x) => x.kind === kind && x.path.startsWith('minh-hoa/'));
      await page.goto(root + p.path);
      await page.pdf({ path: path.join(outDir, `print-${kind}.pdf`), format: 'A4', preferCSSPageSize: true });
    }
    assert.deepEqual(takeProblems(), []);
    t.diagnostic('print-plan.pdf, print-notice.pdf written');
  } finally {
    await context.close();
  }
});

// Keyboard: the first Tab shows the skip link, which jumps to the content; every focused control has a visible
// outline (WCAG 2.4.7), on a plan page with its filter form.
test('keyboard: skip link, then a visible focus outline on links and filter controls', { timeout: TIMEOUT }, async () => {
  const root = fileRootUrl();
  const { context, page, takeProblems } = await newWatchedContext(browser, root, { viewport: { width: 1280, height: 800 } });
  const focused = () => page.evaluate(() => {
    const e = document.activeElement;
    const r = e.getBoundingClientRect();
    const s = getComputedStyle(e);
    return {
      tag: e.tagName, id: e.id, cls: e.className, text: e.textContent.trim().slice(0, 40),
      onScreen: r.width > 0 && r.height > 0 && r.right > 0 && r.bottom > 0 && r.left < innerWidth && r.top < innerHeight,
      outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2,
    };
  });
  try {
    await page.goto(root + pages.find((p) => p.path.startsWith('minh-hoa/') && p.kind === 'plan').path);
    await page.keyboard.press('Tab');
    const skip = await focused();
    assert.equal(skip.cls, 'skip', `the first Tab reaches the skip link (got ${skip.tag} "${skip.text}")`);
    assert.ok(skip.onScreen && skip.outline, 'the focused skip link is on screen with an outline');
    await page.keyboard.press('Enter');
    assert.equal((await focused()).id, 'noi-dung', 'the skip link moves focus to the main content');
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      const f = await focused();
      assert.ok(f.outline, `focused ${f.tag} "${f.text}" has no visible outline`);
    }
    await page.focus('#bo-loc select[name="trang-thai"]');
    await page.keyboard.press('Tab');
    const f = await focused();
    assert.ok(f.tag === 'SELECT' && f.outline, `a filter control focused by keyboard shows an outline (got ${f.tag})`);
    assert.deepEqual(takeProblems(), []);
  } finally {
    await context.close();
  }
});
