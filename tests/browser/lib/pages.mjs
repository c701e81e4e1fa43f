// Which pages the browser suite visits: every page type of the portal, for each real seed commune and the
// illustrative one, found from the built site itself (its directories and each plan's open data du-lieu.json)
// so a new plan or task is covered without editing the tests.
import { readFile, readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';

// The real seed communes of the issue, and the illustrative commune (the only one with reported progress).
export const COMMUNES = ['tien-lang', 'bach-long-vi', 'tan-minh', 'hai-phong', 'minh-hoa'];
// The largest real plan: weight budgets are measured on it.
export const LARGEST_PLAN = 'tien-lang/cchc-2026';
// The plan with every kind of status and agency aliases: filters are tested on it too.
export const ILLUSTRATIVE_PLAN = 'minh-hoa/cchc-2026';

async function dirs(dir) {
  if (!existsSync(dir)) return [];
  return (await readdir(dir, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name).sort();
}

// The plan's open data (written by the publish stage): tasks in plan order with status, lead, section.
export async function planData(site, plan) {
  return JSON.parse(await readFile(path.join(site, plan, 'du-lieu.json'), 'utf8'));
}

// Plans of a commune: the folders that hold a du-lieu.json.
export async function plansOf(site, commune) {
  const out = [];
  for (const d of await dirs(path.join(site, commune))) {
    if (existsSync(path.join(site, commune, d, 'du-lieu.json'))) out.push(`${commune}/${d}`);
  }
  return out;
}

// Tasks worth a look on a plan: the first, the first with sub-tasks, the first with reported progress.
function sampleTasks(data) {
  const tasks = data.nhiem_vu;
  const picks = [tasks[0], tasks.find((t) => tasks.some((c) => c.thuoc === t.ma)),
    tasks.find((t) => t.trang_thai_bao_cao && t.trang_thai_bao_cao !== 'chua_cap_nhat')];
  return [...new Set(picks.filter(Boolean).map((t) => t.ma))];
}

// [{ kind, path }] — path relative to the site root. `kind` names the template / page type.
export async function pageList(site) {
  const pages = [
    { kind: 'home', path: 'index.html' },
    { kind: 'search', path: 'search/index.html' },
    { kind: 'overdue', path: 'qua-han/index.html' },
    { kind: 'due-soon', path: 'sap-den-han/index.html' },
    { kind: 'catalogue', path: 'du-lieu/index.html' },
    { kind: 'guide', path: 'cach-doc/index.html' },
    // Hosting forms (the same for every commune and plan): embeds for a commune portal's iframe, one-file plan.
    { kind: 'embed-commune', path: 'tien-lang/nhung/index.html' },
    { kind: 'embed-plan', path: `${LARGEST_PLAN}/nhung/index.html` },
    { kind: 'single-file', path: `${LARGEST_PLAN}/mot-tep.html` },
  ];
  for (const c of COMMUNES) {
    if (!existsSync(path.join(site, c, 'index.html'))) throw new Error(`seed commune ${c} missing from the site`);
    pages.push({ kind: 'commune', path: `${c}/index.html` });
    pages.push({ kind: 'agencies', path: `${c}/co-quan/index.html` });
    const agencies = await dirs(path.join(site, c, 'co-quan'));
    if (agencies.length) pages.push({ kind: 'agency', path: `${c}/co-quan/${agencies[0]}/index.html` });
    pages.push({ kind: 'overdue', path: `${c}/qua-han/index.html` });
    pages.push({ kind: 'due-soon', path: `${c}/sap-den-han/index.html` });
    pages.push({ kind: 'indicators', path: `${c}/chi-tieu/index.html` });
    for (const p of await plansOf(site, c)) {
      const data = await planData(site, p);
      pages.push({ kind: 'plan', path: `${p}/index.html` });
      pages.push({ kind: 'notice', path: `${p}/in/index.html` });
      pages.push({ kind: 'plan-changes', path: `${p}/nhat-ky/index.html` });
      pages.push({ kind: 'plan-text', path: `${p}/toan-van/index.html` });
      if (!data.nhiem_vu.length) continue;
      pages.push({ kind: 'plan-by-deadline', path: `${p}/theo-han/index.html` });
      const statuses = await dirs(path.join(site, p, 'trang-thai'));
      pages.push({ kind: 'plan-by-status', path: `${p}/trang-thai/${statuses[0]}/index.html` });
      for (const t of sampleTasks(data)) pages.push({ kind: 'task', path: `${p}/${t}/index.html` });
    }
  }
  return pages.filter((p) => existsSync(path.join(site, p.path)));
}
