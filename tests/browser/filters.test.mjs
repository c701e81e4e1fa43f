// The plan page's task table: with JavaScript, filtering by status, lead agency and section and sorting by deadline
// or number change the visible rows exactly as the plan's data says (the open data du-lieu.json and the agency
// registry data/<commune>/_co_quan.json); without JavaScript the form stays hidden and the links to the
// pre-rendered views (by deadline, by status, each lead agency's page, each section) give the same rows.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  launchBrowser, newWatchedContext, checkPage, runAxe, formatViolations, siteDir, fileRootUrl,
} from './lib/harness.mjs';
import { planData, LARGEST_PLAN, ILLUSTRATIVE_PLAN } from './lib/pages.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const TIMEOUT = 120_000;
const PLANS = [ILLUSTRATIVE_PLAN, LARGEST_PLAN];
let browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

// Agency name → its registry name (aliases folded), from the commune's data/<commune>/_co_quan.json if any.
async function canonicalAgency(commune) {
  const registry = path.resolve(here, '../../data', commune, '_co_quan.json');
  const map = new Map();
  if (existsSync(registry)) {
    for (const a of JSON.parse(await readFile(registry, 'utf8')).co_quan) {
      map.set(a.ten, a.ten);
      for (const alias of a.ten_khac ?? []) map.set(alias, a.ten);
    }
  }
  return (name) => map.get(name) ?? name;
}

// Only tasks are filtered, sorted and listed; heading rows and empty rows are not tasks (docs/data-model.md).
const isTask = (x) => x.loai_dong === 'nhiem_vu';

// The order of the by-deadline view, from the data: by the next due day as of the build date (a recurring
// task's next occurrence), undated tasks last, ties in plan order.
function deadlineOrder(data) {
  const today = data.tinh_den_ngay;
  const next = (x) => {
    const d = x.cach_hieu_thoi_han;
    if (d.loai === 'recurring' && d.cac_lan.length) return d.cac_lan.find((day) => day >= today) ?? d.cac_lan.at(-1);
    return d.han ?? '9999-12-31';
  };
  return data.nhiem_vu.filter(isTask).map((x, i) => ({ id: x.ma, key: next(x), i }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.i - b.i)).map((x) => x.id);
}

// Ids of the task rows a reader sees, top to bottom.
const visibleRows = (page) => page.evaluate(() =>
  [...document.querySelectorAll('section[aria-labelledby="danh-muc-nhiem-vu"] tbody tr[data-status]')]
    .filter((tr) => tr.getClientRects().length > 0).map((tr) => tr.id));

// Ids of the rows of the first task table on a pre-rendered list page, in order.
const listedRows = (page) => page.evaluate(() =>
  [...document.querySelectorAll('main table.tasks tbody tr th[scope="row"] a')].map((a) => new URL(a.href).pathname.split('/').at(-2)));

async function choose(page, name, value) {
  await page.selectOption(`#bo-loc select[name="${name}"]`, value);
}

for (const plan of PLANS) {
  test(`${plan}: filters and sort with JavaScript show exactly the rows the data says`, { timeout: TIMEOUT }, async (t) => {
    const root = fileRootUrl();
    const data = await planData(siteDir(), plan);
    const tasks = data.nhiem_vu.filter(isTask);
    const canonical = await canonicalAgency(plan.split('/')[0]);
    const all = tasks.map((x) => x.ma);
    const { context, page, takeProblems } = await newWatchedContext(browser, root, { viewport: { width: 1280, height: 900 } });
    try {
      // The pre-rendered order by deadline is the reference for the instant sort.
      await page.goto(`${root}${plan}/theo-han/index.html`);
      const byDeadline = await listedRows(page);
      assert.deepEqual(byDeadline, deadlineOrder(data), 'the by-deadline page: soonest next deadline first');

      await page.goto(`${root}${plan}/index.html`);
      await checkPage(page, 'plan page', takeProblems, assert);
      assert.ok(await page.isVisible('#bo-loc'), 'with JavaScript the filter form is shown');
      assert.deepEqual(await visibleRows(page), all, 'at first every task shows, in plan order');
      const count = () => page.textContent('#ket-qua-loc');

      const statuses = await page.$$eval('#bo-loc select[name="trang-thai"] option', (os) => os.map((o) => o.value).filter(Boolean));
      assert.deepEqual([...statuses].sort(), [...new Set(tasks.map((x) => x.trang_thai))].sort(), 'one status choice per status in the plan');
      for (const s of statuses) {
        await choose(page, 'trang-thai', s);
        const want = tasks.filter((x) => x.trang_thai === s).map((x) => x.ma);
        assert.deepEqual(await visibleRows(page), want, `status ${s}`);
        assert.match(await count(), new RegExp(`\\b${want.length}\\b`), `the live region counts ${want.length} for ${s}`);
      }
      await choose(page, 'trang-thai', '');

      const leads = await page.$$eval('#bo-loc select[name="co-quan"] option', (os) => os.filter((o) => o.value).map((o) => ({ value: o.value, name: o.textContent })));
      assert.ok(leads.length > 0, 'lead agency choices');
      for (const lead of leads) {
        await choose(page, 'co-quan', lead.value);
        const want = tasks.filter((x) => x.co_quan_chu_tri.some((n) => canonical(n) === canonical(lead.name))).map((x) => x.ma);
        assert.ok(want.length > 0, `${lead.name} leads some task`);
        assert.deepEqual(await visibleRows(page), want, `lead agency ${lead.name}`);
      }
      await choose(page, 'co-quan', '');

      const sections = await page.$$eval('#bo-loc select[name="phan"] option', (os) => os.map((o) => o.value).filter(Boolean));
      assert.deepEqual(sections, [...new Set(tasks.filter((x) => x.phan).map((x) => x.phan.ma))], 'one section choice per section, in order');
      for (const s of sections) {
        await choose(page, 'phan', s);
        assert.deepEqual(await visibleRows(page), tasks.filter((x) => x.phan?.ma === s).map((x) => x.ma), `section ${s}`);
      }
      await choose(page, 'phan', '');

      await choose(page, 'sap-xep', 'han');
      assert.deepEqual(await visibleRows(page), byDeadline, 'sorted by deadline = the pre-rendered by-deadline page');
      // Filter and sort together: the by-deadline order, restricted to the status.
      const s0 = statuses.at(-1);
      await choose(page, 'trang-thai', s0);
      const want = byDeadline.filter((id) => tasks.find((x) => x.ma === id).trang_thai === s0);
      assert.deepEqual(await visibleRows(page), want, `status ${s0} sorted by deadline`);
      assert.deepEqual(takeProblems(), [], 'no console error while filtering and sorting');
      const violations = await runAxe(page);
      takeProblems(); // axe-core's own attempts to read the stylesheets over file:// are not the page's errors
      assert.deepEqual(violations.map((v) => v.id), [], `axe-core on the filtered, sorted table:\n${formatViolations(violations).join('\n')}`);
      await choose(page, 'sap-xep', 'so');
      assert.deepEqual(await visibleRows(page), tasks.filter((x) => x.trang_thai === s0).map((x) => x.ma), 'back to plan order');

      // To a task and back: the rows shown still match the choices the browser kept in the form.
      await choose(page, 'trang-thai', '');
      await choose(page, 'phan', sections.at(-1));
      await page.locator('section[aria-labelledby="danh-muc-nhiem-vu"] tbody th a >> visible=true').first().click();
      await page.waitForLoadState('load');
      await page.goBack();
      await page.waitForLoadState('load');
      const kept = await page.$eval('#bo-loc select[name="phan"]', (el) => el.value);
      assert.deepEqual(await visibleRows(page), tasks.filter((x) => !kept || x.phan?.ma === kept).map((x) => x.ma),
        `after going back, the rows match the section choice "${kept}"`);

      await page.click('#bo-loc button[type="reset"]');
      await page.waitForFunction((n) => document.querySelectorAll('tbody tr[data-status]:not([hidden])').length === n, all.length);
      assert.deepEqual(await visibleRows(page), all, 'reset shows every task in plan order again');
      assert.deepEqual(takeProblems(), [], 'no console error while filtering');
      t.diagnostic(`${plan}: ${statuses.length} statuses, ${leads.length} lead agencies, ${sections.length} sections checked`);
    } finally {
      await context.close();
    }
  });
}

test(`${ILLUSTRATIVE_PLAN} without JavaScript: the links give the same views`, { timeout: TIMEOUT }, async () => {
  const root = fileRootUrl();
  const plan = ILLUSTRATIVE_PLAN;
  const data = await planData(siteDir(), plan);
  const tasks = data.nhiem_vu.filter(isTask);
  const planUrl = `${root}${plan}/index.html`;
  const { context, page, takeProblems } = await newWatchedContext(browser, root, { javaScriptEnabled: false });
  try {
    await page.goto(planUrl);
    await checkPage(page, 'plan page without JavaScript', takeProblems, assert);
    assert.equal(await page.isVisible('#bo-loc'), false, 'the filter form needs JavaScript: hidden without it');
    assert.deepEqual(await visibleRows(page), tasks.map((x) => x.ma), 'every task shows, in plan order');

    // By deadline: every task, dated ones first by their next due day.
    await page.click('nav.views a[href$="theo-han/index.html"]');
    await checkPage(page, 'by-deadline page', takeProblems, assert);
    assert.deepEqual(await listedRows(page), deadlineOrder(data), 'every task, soonest next deadline first');

    // Each status link: exactly that status's tasks, in plan order.
    await page.goto(planUrl);
    const statusLinks = await page.$$eval('nav.views a[href*="trang-thai/"]', (as) => as.map((a) => a.href));
    assert.equal(statusLinks.length, new Set(tasks.map((x) => x.trang_thai)).size, 'one link per status');
    for (const href of statusLinks) {
      const status = href.split('/').at(-2);
      await page.goto(href);
      await checkPage(page, `status page ${status}`, takeProblems, assert);
      assert.deepEqual(await listedRows(page), tasks.filter((x) => x.trang_thai === status).map((x) => x.ma), `status page ${status}`);
    }

    // Each lead agency: its page lists the tasks it leads in this plan (and maybe others).
    await page.goto(planUrl);
    const agencyLinks = await page.$$eval('nav.views details a', (as) => as.map((a) => ({ href: a.href, name: a.textContent })));
    const canonical = await canonicalAgency(plan.split('/')[0]);
    for (const a of agencyLinks) {
      await page.goto(a.href);
      await checkPage(page, `agency page ${a.name}`, takeProblems, assert);
      const leads = await page.$$eval('main table.tasks', (tables) =>
        [...tables[0].querySelectorAll('tbody th[scope="row"] a')].map((x) => new URL(x.href).pathname));
      const want = tasks.filter((x) => x.co_quan_chu_tri.some((n) => canonical(n) === canonical(a.name)))
        .map((x) => `/${plan}/${x.ma}/index.html`);
      assert.deepEqual(leads.filter((p) => p.includes(`/${plan}/`)).map((p) => p.slice(p.indexOf(`/${plan}/`))), want, `tasks led by ${a.name}`);
    }

    // Each section: the table of contents jumps to its heading, followed by its table.
    await page.goto(planUrl);
    const sectionLinks = await page.$$eval('nav.toc a[href^="#phan-"]', (as) => as.map((a) => a.getAttribute('href')));
    assert.ok(sectionLinks.length > 0, 'the contents link to each section');
    for (const hash of sectionLinks) {
      await page.click(`nav.toc a[href="${hash}"]`);
      assert.ok(page.url().endsWith(hash));
      const ids = await page.$$eval(`${hash} + table tbody tr[data-status]`, (trs) => trs.map((tr) => tr.id));
      const section = hash.slice('#phan-'.length);
      assert.deepEqual(ids, tasks.filter((x) => (x.phan?.ma ?? 'khac') === section).map((x) => x.ma), `section ${section}`);
    }
    assert.deepEqual(takeProblems(), []);
  } finally {
    await context.close();
  }
});
