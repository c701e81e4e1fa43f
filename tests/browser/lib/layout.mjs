// What a person sees of a page's layout, measured in the browser: tables whose rows have as many cells as
// their header, cells narrower than their longest word, words broken across lines or running out of their
// cell, and a page wider than the window. Used by layout.test.mjs and scripts/screenshots.sh.

// Runs inside the page (page.evaluate): returns a list of problems, each a sentence naming the table/cell.
export function layoutProblemsInPage(maxProblems) {
  const problems = [];
  const add = (msg) => { if (problems.length < maxProblems) problems.push(msg); };
  // Shown to the eye: laid out, visible, and not inside a visually-hidden box (a 1 px clipped header that
  // screen readers read while phones show cards).
  const shown = (el) => {
    if (el.getClientRects().length === 0 || getComputedStyle(el).visibility === 'hidden') return false;
    for (let a = el; a && a !== document.body; a = a.parentElement) {
      const r = a.getBoundingClientRect();
      if ((r.width <= 1 || r.height <= 1) && getComputedStyle(a).overflow === 'hidden') return false;
    }
    return true;
  };
  const where = (el) => {
    const row = el.closest('tr');
    const id = row && row.id ? `#${row.id}` : '';
    const text = (el.textContent || '').replace(/\s+/g, ' ').trim().slice(0, 40);
    return `${el.tagName.toLowerCase()}${id} "${text}"`;
  };
  const span = (row) => Array.from(row.cells).reduce((n, c) => n + (c.colSpan || 1), 0);

  for (const table of document.querySelectorAll('table')) {
    const head = table.tHead && table.tHead.rows[0];
    if (head) {
      const want = span(head);
      for (const body of table.tBodies)
        for (const row of body.rows)
          if (span(row) !== want) add(`table row ${where(row.cells[0] || row)}: ${span(row)} cells under a header of ${want}`);
    }
  }

  // Every word of every table cell on one line and inside its cell. A word may break at a hyphen or a
  // slash ("VH-XH", "I/2026"): those pieces are measured one by one.
  const range = document.createRange();
  for (const cell of document.querySelectorAll('td, th')) {
    if (!shown(cell)) continue;
    const box = cell.getBoundingClientRect();
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.parentElement || !shown(node.parentElement)) continue;
      const text = node.data;
      const piece = /[^\s\-\/–]+/g;
      for (let m = piece.exec(text); m; m = piece.exec(text)) {
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0 && r.height > 0);
        if (rects.length === 0) continue;
        const tops = new Set(rects.map((r) => Math.round(r.top)));
        if (tops.size > 1) { add(`word "${m[0]}" broken across ${tops.size} lines in ${where(cell)} (${Math.round(box.width)} px wide)`); continue; }
        const right = Math.max(...rects.map((r) => r.right));
        const left = Math.min(...rects.map((r) => r.left));
        if (right > box.right + 1 || left < box.left - 1)
          add(`word "${m[0]}" runs out of ${where(cell)} (${Math.round(box.width)} px wide)`);
      }
    }
  }

  const doc = document.documentElement;
  if (doc.scrollWidth > window.innerWidth + 1) add(`page is ${doc.scrollWidth} px wide in a ${window.innerWidth} px window`);
  return problems;
}

export async function layoutProblems(pageOrFrame, maxProblems = 20) {
  return pageOrFrame.evaluate(layoutProblemsInPage, maxProblems);
}

// The page's full height in CSS pixels.
export async function pageHeight(pageOrFrame) {
  return pageOrFrame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
}

// The host page of the embed form: the snippet an administrator copies from a plan page (docs/deploy.md),
// with the site's address put in, inside an article column `width` px wide.
export function embedHostHtml(snippet, width) {
  return '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Cổng thông tin xã</title>' +
    '<style>body{margin:0;font-family:sans-serif}article{margin:0}</style></head>' +
    `<body><article style="width:${width}px"><h1>Công khai kế hoạch</h1>\n${snippet}\n</article></body></html>`;
}

// A plain CMS article page with the script-free fragment pasted into its body, as a rich-text editor keeps it.
export function fragmentHostHtml(fragment) {
  return '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">' +
    '<title>Tin tức — Cổng thông tin xã</title>' +
    '<style>body{margin:0 auto;max-width:1140px;padding:0 12px;font:16px/1.5 Arial,sans-serif}' +
    'table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px;vertical-align:top}</style></head>' +
    `<body><header><p>Cổng thông tin điện tử xã</p></header><article><h1>Công khai kế hoạch</h1>\n${fragment}\n</article></body></html>`;
}
