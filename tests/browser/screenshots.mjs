// Screenshots for review, not a test: one page of every type at 360, 768 and 1280 px (the first screen and,
// for plan and task pages, the whole page), and the plan embed in iframes of 320, 600, 900 and 1200 px, with
// the layout problems lib/layout.mjs finds listed beside them (problems.txt). Run by scripts/screenshots.sh.
import { writeFile, mkdir, readFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launchBrowser, serveUnderSubPath, siteDir, screenshotDir } from './lib/harness.mjs';
import { pageList, LARGEST_PLAN } from './lib/pages.mjs';
import { layoutProblems, embedHostHtml } from './lib/layout.mjs';

const out = path.join(screenshotDir(), 'review');
await mkdir(out, { recursive: true });
const browser = await launchBrowser();
const site = await serveUnderSubPath(siteDir(), '/cong-khai/');
const hostDir = await mkdtemp(path.join(tmpdir(), 'congkhai-shots-'));
const host = await serveUnderSubPath(hostDir, '/tin-tuc/');
const report = [];
try {
  const seen = new Set();
  const pages = [...(await pageList(siteDir())), { kind: 'plan-text', path: `${LARGEST_PLAN}/toan-van/index.html` }]
    .filter((p) => !seen.has(p.kind) && seen.add(p.kind));
  for (const width of [360, 768, 1280]) {
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    for (const p of pages) {
      await page.goto(site.url + p.path);
      const full = p.kind === 'plan' || p.kind === 'task';
      await page.screenshot({ path: path.join(out, `${p.kind}-${width}.png`), fullPage: full });
      for (const problem of await layoutProblems(page)) report.push(`${p.kind} ${width}px ${p.path}: ${problem}`);
    }
    await context.close();
  }
  const planPage = await readFile(path.join(siteDir(), LARGEST_PLAN, 'index.html'), 'utf8');
  const snippet = /<pre class="snippet"[^>]*><code>([\s\S]*?)<\/code><\/pre>/.exec(planPage)[1]
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&')
    .replaceAll('https://DIA-CHI-TRANG-CONG-KHAI/', site.url);
  for (const width of [320, 600, 900, 1200]) {
    await writeFile(path.join(hostDir, `nhung-${width}.html`), embedHostHtml(snippet, width));
    const context = await browser.newContext({ viewport: { width: Math.max(width + 40, 360), height: 900 } });
    const page = await context.newPage();
    await page.goto(host.url + `nhung-${width}.html`);
    await page.frameLocator('iframe').locator('tr[data-status]').first().waitFor();
    await page.waitForFunction(() => document.querySelector('iframe').style.height !== '');
    await page.screenshot({ path: path.join(out, `embed-${width}.png`) });
    const frame = await (await page.locator('iframe').elementHandle()).contentFrame();
    for (const problem of await layoutProblems(frame)) report.push(`embed ${width}px: ${problem}`);
    await context.close();
  }
} finally {
  await browser.close();
  await site.close();
  await host.close();
  await rm(hostDir, { recursive: true, force: true });
}
await writeFile(path.join(out, 'problems.txt'), report.join('\n') + '\n');
console.log(`screenshots: ${out} (${report.length} layout problems listed in problems.txt)`);
