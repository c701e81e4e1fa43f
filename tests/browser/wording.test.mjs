// Nothing about the build reaches a citizen: no page's text names a source file, a script, a setting of the
// build, or says anything in English (the commit messages of the portal's own repository, say). Reads every
// built page's text (tags, scripts and styles removed); needs no browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { siteDir } from './lib/harness.mjs';

function htmlFiles(dir, out = []) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) htmlFiles(p, out);
    else if (e.name.endsWith('.html')) out.push(p);
  }
  return out;
}

const decode = (s) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'")
  .replace(/&amp;/g, '&');
// What a reader sees: no markup, no script or style, no <pre> snippets written for portal administrators.
export function pageText(html) {
  return decode(html.replace(/<(script|style|pre)\b[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ');
}

const FILE_NAME = /(?<![\w/.-])[\w-]+(?:\/[\w-]+)*\.(?:txt|py|sh|md|ya?ml|docx?|xlsx?|odt|mjs|cc|h)\b/g;
const SETTING = /\b(?:base_url|congkhai\.yaml|lich_su_rieng|SOURCE_DATE_EPOCH|--[a-z][a-z-]+)\b/g;
// English words that are no Vietnamese syllable (not "an", "in", "to", "on": "bản in", "an toàn").
const ENGLISH_WORDS = new Set(['the', 'and', 'of', 'from', 'with', 'is', 'are', 'was', 'were', 'for', 'this', 'that',
  'imported', 'into', 'only', 'what', 'its', 'when', 'which', 'not', 'by']);

// Sentences with three or more English function words, whatever Vietnamese names they hold.
export function englishSentences(text) {
  return text.split(/(?<=[.!?;])\s+|\s[·—]\s/).filter((s) => {
    const words = new Set(s.toLowerCase().match(/[a-z]+/g) || []);
    return [...words].filter((w) => ENGLISH_WORDS.has(w)).length >= 3;
  });
}

test('the checks find what they look for', () => {
  assert.deepEqual(pageText('<p>Nguồn: tien-lang-cchc-2026.txt</p>').match(FILE_NAME), ['tien-lang-cchc-2026.txt']);
  assert.deepEqual('ghi base_url trong congkhai.yaml'.match(SETTING), ['base_url', 'congkhai.yaml']);
  assert.equal(englishSentences('Real content: plans imported from the seed texts (statuses: chưa cập nhật)').length, 1);
  assert.equal(englishSentences('Kế hoạch được đưa lên cổng. Số 12/KH-UBND, ban hành ngày 07/01/2026.').length, 0);
});

test('no page shows a file name, a setting or an English sentence', () => {
  const problems = [];
  for (const file of htmlFiles(siteDir())) {
    const text = pageText(readFileSync(file, 'utf8'));
    const where = path.relative(siteDir(), file);
    for (const m of text.match(FILE_NAME) || []) problems.push(`${where}: file name "${m}"`);
    for (const m of text.match(SETTING) || []) problems.push(`${where}: setting "${m}"`);
    for (const s of englishSentences(text)) problems.push(`${where}: English "${s.slice(0, 100)}"`);
  }
  assert.deepEqual([...new Set(problems)].slice(0, 30), []);
});
