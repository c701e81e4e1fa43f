// The script-free fragment of every plan (<commune>/<plan>/doan-html.html, docs/deploy.md) goes through a
// strict allow-list sanitiser, as a CMS rich-text editor would pass it, and loses nothing: the sanitised
// HTML equals the input as the same serialiser writes it with nothing disallowed, and every task's text,
// lead agencies, deadline and status are there. Needs only node and sanitize-html (no browser).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sanitizeHtml from 'sanitize-html';
import { siteDir } from './lib/harness.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

// What a strict CMS editor keeps (AntiSamy/NukeViet-like): text structure and tables, links with web
// addresses; no script, style, class, id, event handler, frame or image.
const STRICT = {
  allowedTags: ['div', 'h2', 'h3', 'p', 'br', 'a', 'em', 'strong', 'code', 'ul', 'ol', 'li',
    'table', 'thead', 'tbody', 'tr', 'th', 'td'],
  allowedAttributes: { a: ['href'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
};
// The same serialiser with nothing removed: the reference the strict output must equal.
const EVERYTHING = { allowedTags: false, allowedAttributes: false, allowVulnerableTags: true };

const squash = (s) => s.replace(/\s+/g, ' ').trim();
const decode = (s) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"')
  .replace(/&#39;/g, "'").replace(/&amp;/g, '&');
// Text as a reader sees it; Markdown emphasis marks in the source are not part of the words.
const words = (s) => squash(decode(s.replace(/<[^>]*>/g, ' '))).replace(/[*_`\\]/g, '');
// A source cell's words: Markdown list markers ("- ") become the list they stand for.
const sourceWords = (s) => words(s.replace(/^\s*[-+*]\s+/gm, ''));

function fragments() {
  const site = siteDir();
  const found = [];
  for (const commune of readdirSync(site, { withFileTypes: true })) {
    if (!commune.isDirectory()) continue;
    for (const plan of readdirSync(path.join(site, commune.name), { withFileTypes: true })) {
      const file = path.join(site, commune.name, plan.name, 'doan-html.html');
      if (plan.isDirectory() && existsSync(file)) found.push({ commune: commune.name, plan: plan.name, file });
    }
  }
  return found;
}

test('every plan has a fragment and the strict sanitiser removes nothing from it', () => {
  const list = fragments();
  assert.ok(list.length >= 5, `expected a fragment per plan, found ${list.length}`);
  for (const { file } of list) {
    const html = readFileSync(file, 'utf8');
    const strict = sanitizeHtml(html, STRICT);
    const reference = sanitizeHtml(html, EVERYTHING);
    assert.equal(squash(strict), squash(reference), `${file}: the sanitiser removed something`);
    assert.ok(!/<script|<iframe|<style|\son[a-z]+=/i.test(html), `${file}: active content`);
  }
});

test('every task keeps its text, lead agencies, deadline and status through the sanitiser', () => {
  for (const { commune, plan, file } of fragments()) {
    const data = JSON.parse(readFileSync(path.join(repo, 'data', commune, plan + '.json'), 'utf8'));
    const tasks = data.nhiem_vu || [];
    const strict = sanitizeHtml(readFileSync(file, 'utf8'), STRICT);
    const rows = strict.match(/<tr>/g) || [];
    const sections = strict.match(/<thead>/g) || [];
    assert.equal(rows.length - sections.length, tasks.length, `${file}: one row per task`);
    const text = words(strict);
    for (const t of tasks) {
      const where = `${file}: task ${t.ma}`;
      assert.ok(text.includes(sourceWords(t.noi_dung)), `${where}: text`);
      for (const a of t.co_quan_chu_tri) assert.ok(text.includes(sourceWords(a)), `${where}: lead ${a}`);
      if (t.thoi_han) assert.ok(text.includes(sourceWords(t.thoi_han)), `${where}: deadline`);
    }
    // A status for every task: each task's row ends with its status in <strong>. A heading row (sub-rows, no
    // lead, no deadline: docs/data-model.md) is no task; it shows its sub-rows' summary in <em>, if any.
    const parents = new Set(tasks.map((t) => t.thuoc).filter(Boolean));
    const heading = (t) => parents.has(t.ma) && !(t.co_quan_chu_tri || []).some((a) => a.trim()) && !(t.thoi_han || '').trim();
    const statuses = strict.match(/<td><strong>[^<]+<\/strong><\/td>\s*<\/tr>/g) || [];
    assert.equal(statuses.length, tasks.filter((t) => !heading(t)).length, `${file}: a status per task`);
  }
});
