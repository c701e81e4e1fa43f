// Công khai search: Vietnamese full-text search over the static index in
// search/ (built by the generator's search stage; see generator/search/).
// Index files are scripts that call __ckSearch.push([name, data]), so they
// load over HTTP under any sub-path and from disk (file://) alike.
// Keys and ranking mirror generator/search/syllable.h and query.h.
(function () {
  'use strict';
  var W = window, D = document;
  var A = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_';
  var TONE = { '\u0301': '1', '\u0300': '2', '\u0309': '3', '\u0303': '4', '\u0323': '5' };
  var PAGE = 10, B = 16777216;  // B: label words' positions, as in query.cc

  // --- keys: tokens, exact (tone as a digit) and folded (ASCII, đ -> d)
  function fold(w) {
    return w.toLowerCase().replace(/đ/g, 'd').normalize('NFKD').replace(/\p{M}/gu, '');
  }
  function exact(w) {
    var t = '';
    var b = w.toLowerCase().normalize('NFD').replace(/[\u0300\u0301\u0303\u0309\u0323]/g, function (m) {
      t += TONE[m];
      return '';
    });
    return b.normalize('NFC') + t;
  }
  // As query.cc's spelled_as_typed: the same exact key, or for a word being typed a syllable that starts
  // with its letters and marks and has its tone, if any (the exact key ends with the tone's digits).
  function spelled(x, e, prefix) {
    if (x === e) return true;
    if (!prefix) return false;
    var a = /^(.*?)([1-5]*)$/.exec(x), b = /^(.*?)([1-5]*)$/.exec(e);
    return a[1].indexOf(b[1]) === 0 && (!b[2] || b[2] === a[2]);
  }
  function tokens(text) {
    var re = /[\p{L}\p{M}\p{N}]+/gu, out = [], m;
    while ((m = re.exec(text))) out.push({ raw: m[0], at: m.index, f: fold(m[0]) });
    return out;
  }

  // --- loading: registered data by name, and who waits for it
  var got = {}, waits = [], meta = null, failed = false;
  function register(entry) {
    got[entry[0]] = entry[1];
    if (entry[0] === 'meta') meta = entry[1];
    check();
  }
  function check() {  // done() may load more: take the ready ones out first
    var ready = waits.filter(function (w) { return w.names.every(function (n) { return n in got; }); });
    waits = waits.filter(function (w) { return ready.indexOf(w) < 0; });
    ready.forEach(function (w) { w.done(); });
  }
  var queued = W.__ckSearch || [];
  W.__ckSearch = { push: register };
  queued.forEach(register);

  function load(names, done) {
    names.forEach(function (n) {
      if (n in got || D.getElementById('ck-' + n)) return;
      var s = D.createElement('script');
      s.id = 'ck-' + n;
      s.src = n + '.js';
      s.onerror = function () { failed = true; show(); };
      D.head.appendChild(s);
    });
    waits.push({ names: names, done: done });
    check();
  }

  function termShards(f, prefix) {
    var T = meta.terms, i = 0, out;
    while (i + 1 < T.length && T[i + 1][0] <= f) i++;
    out = [T[i][1]];
    while (prefix && ++i < T.length && T[i][0].indexOf(f) === 0) out.push(T[i][1]);
    return out;
  }
  function docShard(d) {
    var S = meta.docs, i = 0;
    while (i + 1 < S.length && S[i + 1][0] <= d) i++;
    return S[i];
  }

  // --- postings: varint(doc delta), varint(count * 16 + mask), varint(position deltas)
  function decode(s, each) {
    var i = 0, doc = 0;
    function v() {
      var x = 0, k = 1, c;
      do { c = A.indexOf(s[i++]); x += (c & 31) * k; k *= 32; } while (c > 31);
      return x;
    }
    while (i < s.length) {
      doc += v();
      var x = v(), n = x >> 4, p = 0, pos = [];
      while (n--) pos.push(p += v());
      each(doc, x & 15, pos);
    }
  }
  function weight(m) {
    return m & 1 ? 10 : m & 32 ? 6 : m & 2 ? 5 : m & 16 ? 3 : m & 4 ? 2 : m & 8 ? 1 : 0;
  }

  function passes(d, f) {
    var r = meta.list[d], has = function (a) { return meta.agencies[a][0] === f.co_quan; };
    if (f.trang_thai && (r[0] !== 0 || meta.statuses[r[4]][0] !== f.trang_thai)) return false;
    if (f.xa && (r[0] === 3 || meta.communes[meta.plans[r[1]][0]][0] !== f.xa)) return false;
    if (f.co_quan) return r[0] === 3 ? has(r[1]) : r[0] === 0 && (r[6].some(has) || r[7].some(has));
    return true;
  }

  // The query itself (needs the term shards of its words loaded). Status
  // labels and agency names match from meta, as in query.cc.
  function accented(w) { return w.f !== w.raw.toLowerCase(); }
  function run(words, prefixLast, f) {
    var res = { unmatched: [], hits: [] }, maps = [], acc = words.filter(accented).length;
    words.forEach(function (w, i) {
      var prefix = prefixLast && i === words.length - 1, m = {}, acc = accented(w), e = exact(w.raw);
      function add(doc, whole, x, mask, at) {
        var h = m[doc] || (m[doc] = { whole: false, exact: false, mask: 0, pos: [] });
        h.whole = h.whole || whole;
        h.exact = h.exact || (acc && spelled(x, e, prefix && !whole));
        h.mask |= mask;
        if (at != null) h.pos.push(at);
      }
      function hits(label) {  // [index in label, whole, exact key] of the label's matching words
        return tokens(label).map(function (t, k) { return [k, t.f === w.f, exact(t.raw), t.f]; })
          .filter(function (h) { return h[1] || (prefix && h[3].indexOf(w.f) === 0); });
      }
      termShards(w.f, prefix).forEach(function (name) {
        var shard = got[name];
        Object.keys(shard).forEach(function (key) {
          if (key !== w.f && !(prefix && key.indexOf(w.f) === 0)) return;
          Object.keys(shard[key]).forEach(function (x) {
            decode(shard[key][x], function (doc, mask, pos) {
              add(doc, key === w.f, x, mask);
              m[doc].pos = m[doc].pos.concat(pos);
            });
          });
        });
      });
      var st = meta.statuses.map(function (s) { return [hits(s[1]), hits(s[1] + ' ' + meta.passed)]; });
      var ag = meta.agencies.map(function (a) { return [a[1]].concat(a[2] || []).map(hits); });
      meta.list.forEach(function (r, d) {
        if (r[0]) return;
        st[r[4]][r[5]].forEach(function (h) { add(d, h[1], h[2], 32, B + h[0]); });
        [6, 7].forEach(function (c) {
          r[c].forEach(function (a, i) {
            ag[a].forEach(function (name, n) {
              name.forEach(function (h) { add(d, h[1], h[2], c === 6 ? 16 : 4, (c - 4) * B + i * 4096 + n * 64 + h[0]); });
            });
          });
        });
      });
      if (!Object.keys(m).length) res.unmatched.push(w.raw);
      maps.push(m);
    });
    if (res.unmatched.length) return res;
    Object.keys(maps[0]).forEach(function (k) {
      var d = +k, hit = { d: d, e: 0, p: 0, w: 0 };
      for (var i = 0; i < maps.length; i++) {
        var a = maps[i][d], b = maps[i + 1] && maps[i + 1][d];
        if (!a) return;
        hit.e += a.exact ? 1 : 0;
        hit.w += weight(a.mask) * (a.whole ? 2 : 1);
        if (b) hit.p += Math.min(meta.list[d][0] === 4 ? 1 : 2, a.pos.reduce(function (best, p) {
          // 2 in a text, product or status, 1 in an agency name or the narrative, as in query.cc
          return b.pos.indexOf(p + 1) < 0 ? best : Math.max(best, p < 2 * B ? 2 : 1);
        }, 0));
      }
      hit.a = hit.e < acc;  // approximate: an accented word matched only with its marks ignored
      if (passes(d, f)) res.hits.push(hit);
    });
    res.hits.sort(function (x, y) { return x.a - y.a || y.e - x.e || y.p - x.p || y.w - x.w || x.d - y.d; });
    return res;
  }

  // For tests: the same engine without the page.
  W.__ckSearchCore = { fold: fold, exact: exact, tokens: tokens, termShards: termShards, run: run, spelled: spelled,
    meta: function () { return meta; } };

  // --- the page
  var app = D.getElementById('ck-search');
  if (!app) return;
  var form = D.getElementById('ck-search-form'), input = D.getElementById('q');
  var status = D.getElementById('ck-status'), list = D.getElementById('ck-results');
  var approx = D.getElementById('ck-approx'), approxList = D.getElementById('ck-approx-results');
  var more = D.getElementById('ck-more'), browse = D.getElementById('ck-browse');
  var sel = { xa: D.getElementById('f-xa'), trang_thai: D.getElementById('f-tt'), co_quan: D.getElementById('f-cq') };
  var msg = function (k, q, n, m) {
    return (app.getAttribute('data-' + k) || '').replace('{q}', q).replace('{n}', n).replace('{m}', m);
  };
  var state = { hits: [], shown: 0, words: [], prefix: false }, seq = 0, timer;
  D.getElementById('ck-nojs').hidden = true;
  more.textContent = msg('more');

  function el(tag, cls, text) {
    var e = D.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  }
  function option(select, value, label) {
    var o = el('option', null, label);
    o.value = value;
    select.appendChild(o);
  }
  function filters() {
    var f = {};
    Object.keys(sel).forEach(function (k) { f[k] = sel[k].value; });
    return f;
  }

  function setup() {
    var params = new URLSearchParams(W.location.search), counts = {};
    input.value = params.get('q') || '';
    meta.list.forEach(function (r) { if (r[0] === 0) counts[r[4]] = (counts[r[4]] || 0) + 1; });
    Object.keys(sel).forEach(function (k) { option(sel[k], '', msg('any')); });
    meta.communes.forEach(function (c) { option(sel.xa, c[0], c[1]); });
    meta.statuses.forEach(function (s, i) { if (counts[i]) option(sel.trang_thai, s[0], s[2] + ' ' + s[1] + ' (' + counts[i] + ')'); });
    meta.agencies.slice().sort(function (x, y) { return x[1].localeCompare(y[1], 'vi'); })
      .forEach(function (a) { option(sel.co_quan, a[0], a[1]); });
    Object.keys(sel).forEach(function (k) {
      sel[k].value = params.get(k) || '';
      sel[k].addEventListener('change', function () { search(false); });
    });
    D.getElementById('ck-filters').hidden = false;
    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () { search(!/\s$/.test(input.value)); }, 200);
    });
    // Enter runs the search now: a search still waiting for typing to pause would redo it and drop "more".
    form.addEventListener('submit', function (ev) { ev.preventDefault(); clearTimeout(timer); search(false); });
    more.addEventListener('click', function () { page(true); });
    search(false);
  }

  function search(prefix) {
    var q = input.value, f = filters(), words = tokens(q.normalize('NFC')).slice(0, 10), mine = ++seq;
    var url = new URLSearchParams();
    if (q) url.set('q', q);
    Object.keys(f).forEach(function (k) { if (f[k]) url.set(k, f[k]); });
    try { history.replaceState(null, '', '?' + url); } catch (e) { /* file:// in some browsers */ }
    var names = [];
    words.forEach(function (w, i) { names = names.concat(termShards(w.f, prefix && i === words.length - 1)); });
    if (names.length) status.textContent = msg('loading');
    load(names, function () {
      if (mine !== seq) return;
      var res;
      if (words.length) res = run(words, prefix, f);
      else res = { unmatched: [], hits: meta.list.map(function (r, d) { return { d: d }; }).filter(function (h) {
        return (f.xa || f.trang_thai || f.co_quan) && passes(h.d, f); }) };
      state = { hits: res.hits, shown: 0, words: words, prefix: prefix, q: q.trim(), unmatched: res.unmatched, f: f };
      page(false, mine);
    });
  }

  function show() {
    var s = state, text;
    if (failed) text = msg('error');
    else if (s.unmatched && s.unmatched.length) text = msg('none', s.unmatched.join('”, “')) + ' ' + msg('none-hint');
    else if (!s.hits.length && s.q) text = s.words.length > 1 && !filtered() ? msg('none-all', s.q) : msg('none-filter');
    else if (!s.hits.length) text = filtered() ? msg('none-filter') : '';
    else if (!s.q) text = msg('count', '', s.hits.length);
    else {
      var close = s.hits.filter(function (h) { return h.a; }).length, exact = s.hits.length - close;
      text = !close ? msg('count-for', s.q, exact) : exact ? msg('count-split', s.q, exact, close) : msg('count-approx', s.q, close);
    }
    status.textContent = text;
    browse.hidden = !!(s.q || filtered());
  }
  function filtered() { return state.f && (state.f.xa || state.f.trang_thai || state.f.co_quan); }

  // Shows the next page of results once the text of every one of them has loaded (document shards): a
  // result never shows without its text. Approximate hits go under their own heading, after the others.
  function page(append, mine) {
    var from = state.shown, slice = state.hits.slice(from, from + PAGE), names = [];
    slice.forEach(function (h) { var n = docShard(h.d)[1]; if (names.indexOf(n) < 0) names.push(n); });
    if (names.some(function (n) { return !(n in got); })) status.textContent = msg('loading');
    load(names, function () {
      if (mine != null && mine !== seq) return;
      if (!append) { list.textContent = ''; approxList.textContent = ''; }
      state.shown = from + slice.length;
      show();
      more.hidden = state.shown >= state.hits.length;
      approx.hidden = !state.hits.slice(0, state.shown).some(function (h) { return h.a; });
      var items = slice.map(function (h) {
        var li = item(h);
        (h.a ? approxList : list).appendChild(li);
        return li;
      });
      if (append && items[0]) items[0].querySelector('a').focus();
    });
  }

  // Marks the query's words in `text` (text nodes only) into `into`, at most `limit` characters from the
  // mark whose window holds the most query words; returns whether anything was marked. In a result matched
  // exactly, an accented query word marks only what is spelled as typed ("cửa", not "của"); in an
  // approximate one, every folded match.
  function marked(into, text, loose, limit) {
    var marks = [];
    tokens(text).forEach(function (t) {
      state.words.some(function (w, i) {
        var prefix = state.prefix && i === state.words.length - 1, whole = t.f === w.f;
        if (!whole && !(prefix && t.f.indexOf(w.f) === 0)) return false;
        if (!loose && accented(w) && !spelled(exact(t.raw), exact(w.raw), prefix && !whole)) return false;
        return marks.push([t.at, t.at + t.raw.length, i]);
      });
    });
    var start = 0, end = text.length, at, best = -1;
    if (limit && text.length > limit) {
      marks.forEach(function (m, k) {  // "định danh điện tử" together, not the first lone "điện"
        var from = Math.max(0, m[0] - 60), seen = {}, n = 0;
        marks.slice(k).forEach(function (o) { if (o[1] <= from + limit && !seen[o[2]]) n += seen[o[2]] = 1; });
        if (n > best) { best = n; start = Math.max(0, text.lastIndexOf(' ', from)); }
      });
      end = Math.min(text.length, start + limit);
    }
    at = start;
    if (start > 0) into.appendChild(D.createTextNode('… '));
    marks.forEach(function (m) {
      if (m[0] < at || m[1] > end) return;
      into.appendChild(D.createTextNode(text.slice(at, m[0])));
      into.appendChild(el('mark', null, text.slice(m[0], m[1])));
      at = m[1];
    });
    into.appendChild(D.createTextNode(text.slice(at, end) + (end < text.length ? ' …' : '')));
    return marks.length > 0;
  }
  // "Label: a; b" with the marked names; `all`: every name, else only those with a mark (null if none).
  function field(label, texts, loose, all) {
    var p = el('p', 'meta search-field-match'), any = false, first = true;
    p.appendChild(D.createTextNode(label + ': '));
    texts.forEach(function (t) {
      var span = el('span');
      if (!marked(span, t, loose, 240) && !all) return;
      if (!first) p.appendChild(D.createTextNode('; '));
      p.appendChild(span);
      any = true;
      first = false;
    });
    return any || all ? p : null;
  }
  // An agency as shown: its main name, and the name that matched when only another of its names did.
  function agencyNames(a, loose) {
    var names = [meta.agencies[a][1]].concat(meta.agencies[a][2] || []), probe = el('span');
    if (marked(probe, names[0], loose)) return names[0];
    for (var i = 1; i < names.length; i++) if (marked(el('span'), names[i], loose)) return names[0] + ' (' + names[i] + ')';
    return names[0];
  }

  function item(h) {
    var d = h.d, r = meta.list[d], S = docShard(d), row = got[S[1]][d - S[0]], loose = h.a;
    var li = el('li', 'search-hit'), t = el('h2', 'search-hit-title'), a = el('a');
    var plan = r[0] === 3 ? null : meta.plans[r[1]];
    if (r[0] === 3) {
      a.href = '?co_quan=' + encodeURIComponent(meta.agencies[r[1]][0]);
      a.textContent = msg('agency') + ': ' + meta.agencies[r[1]][1];
    } else {
      var base = '../' + meta.communes[plan[0]][0] + '/' + plan[1] + '/';
      a.href = base + (r[0] === 0 ? r[2] + '/index.html' : r[0] === 2 ? 'index.html#chi-tieu'
        : r[0] === 4 ? 'toan-van/index.html' + (r[2] ? '#' + r[2] : '') : 'index.html');
      if (r[0] === 4) {  // a part of the narrative: its heading
        a.textContent = msg('narrative') + (row[1] ? ': ' : '');
        if (row[1]) marked(a, row[1], loose);
      } else if (r[0] === 1) marked(a, plan[2], loose);
      else if (r[0] === 0) {  // the number as the query wrote it is marked too ("33")
        a.textContent = msg('task') + ' ';
        marked(a, r[3], loose);
      } else a.textContent = msg('indicator');
    }
    t.appendChild(a);
    if (r[0] === 0) {
      var s = meta.statuses[r[4]], b = el('span', 'badge badge-' + s[0]), icon = el('span', 'badge-icon', s[2]);
      icon.setAttribute('aria-hidden', 'true');
      b.appendChild(icon);
      b.appendChild(D.createTextNode(' '));
      marked(b, s[1], loose);
      t.appendChild(D.createTextNode(' '));
      t.appendChild(b);
      if (r[5]) {
        var passed = el('span', 'search-passed', ' ');
        marked(passed, meta.passed, loose);
        t.appendChild(passed);
      }
    }
    li.appendChild(t);
    // The text, then where it is, then every other field the query's words are in, marked.
    var p = el('p', 'search-snippet');
    marked(p, row[0], loose, 240);
    li.appendChild(p);
    if (plan) li.appendChild(el('p', 'search-where', meta.communes[plan[0]][1] + (r[0] === 1 ? '' : ' › ' + plan[2])));
    var extra = [];
    if (r[0] === 0) {
      var lead = r[6].map(function (x) { return agencyNames(x, loose); });
      if (lead.length) extra.push(field(msg('lead'), lead, loose, true));
      extra.push(field(msg('partners'), r[7].map(function (x) { return agencyNames(x, loose); }), loose));
      extra.push(field(msg('products'), row[2] || [], loose));
    }
    if (r[0] === 1) extra.push(field(msg('issuer'), row[2] || [], loose));
    if (r[0] === 3 && row[1]) extra.push(field(msg('other-names'), row[1].split('; '), loose, true));
    extra.forEach(function (x) { if (x) li.appendChild(x); });
    if (row[1] && r[0] !== 3 && r[0] !== 4) li.appendChild(el('p', 'meta', (r[0] === 0 ? msg('deadline') + ': ' : '') + row[1]));
    return li;
  }

  load(['meta'], setup);  // meta.js is the page's next script (id ck-meta)
  W.addEventListener('load', function () { if (!meta) { failed = true; show(); } });
})();
