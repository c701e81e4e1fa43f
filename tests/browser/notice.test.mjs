// The notice (niêm yết) of the largest plan, printed by Debian's chromium (--print-to-pdf) as a clerk would
// print it for the board: at most 4 A4 pages, landscape, in Times New Roman or its metric twin Liberation
// Serif; with base_url set it carries the QR code to the live page, without it none (the build warns).
// The PDFs go to SCREENSHOT_DIR for review.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { CHROMIUM, CHROMIUM_ARGS, siteDir, screenshotDir } from './lib/harness.mjs';
import { LARGEST_PLAN } from './lib/pages.mjs';

const TIMEOUT = 180_000;
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let work;

before(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'congkhai-notice-'));
});
after(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

function printToPdf(site, name) {
  const pdf = path.join(screenshotDir(), name);
  const page = pathToFileURL(path.join(site, LARGEST_PLAN, 'in', 'index.html')).href;
  execFileSync(CHROMIUM, [...CHROMIUM_ARGS, '--no-pdf-header-footer', `--print-to-pdf=${pdf}`, page],
    { stdio: 'ignore', timeout: 120_000 });
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' });
  return { pdf, pages: Number(/^Pages:\s+(\d+)/m.exec(info)[1]), size: /^Page size:\s+(.*)$/m.exec(info)[1], fonts };
}

test('the notice of the largest plan prints on at most 4 landscape A4 pages in a serif face', { timeout: TIMEOUT }, async () => {
  const { pages, size, fonts } = printToPdf(siteDir(), 'niem-yet.pdf');
  assert.ok(pages <= 4, `${pages} pages`);
  assert.match(size, /^841\.\d+ x 59[45]\.\d+ pts \(A4\)/, 'landscape A4');
  assert.match(fonts, /TimesNewRoman|LiberationSerif/, 'Times New Roman or Liberation Serif');
  const html = await readFile(path.join(siteDir(), LARGEST_PLAN, 'in', 'index.html'), 'utf8');
  assert.ok(!html.includes('<svg class="qr"'), 'no QR code without base_url');
  for (const part of ['Số: …/TB-UBND', 'ngày … tháng … năm', 'Nơi nhận:', 'Cơ quan phối hợp', 'Sản phẩm', 'class="section"'])
    assert.ok(html.includes(part), `the notice has ${part}`);
  assert.ok(!/còn \d+ ngày/.test(html), 'statuses as of a date, not "còn N ngày"');
});

test('with base_url the printed notice carries the QR code to the live page', { timeout: TIMEOUT }, async () => {
  const site = path.join(work, 'site');
  execFileSync(process.env.CONGKHAI_BIN, ['build', '--source', repo, '--out', site, '--today', '2026-06-15',
    '--base-url', 'https://congkhai.example.vn/'], { cwd: repo, stdio: 'ignore' });
  const html = await readFile(path.join(site, LARGEST_PLAN, 'in', 'index.html'), 'utf8');
  assert.ok(html.includes('<svg class="qr"'), 'a QR code');
  assert.ok(html.includes(`https://congkhai.example.vn/${LARGEST_PLAN}/`), 'to the plan page');
  const { pages } = printToPdf(site, 'niem-yet-co-ma-qr.pdf');
  assert.ok(pages <= 4, `${pages} pages with the QR code`);
});
