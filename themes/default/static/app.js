/* Công khai: instant filter (status, lead agency, section) and sort (number,
   deadline) of a plan's task table. Optional: without JavaScript the form stays
   hidden and the page links to pre-rendered views (by deadline, by status, each
   lead agency's page, each section). ES5 so it runs on old phone browsers. */
(function () {
  'use strict';
  var form = document.getElementById('bo-loc');
  if (!form || !document.querySelectorAll) return;
  var list = function (nodes) { return Array.prototype.slice.call(nodes); };
  var sections = list(document.querySelectorAll('.task-section'));
  var flat = document.querySelector('.task-section-flat');
  var flatBody = flat.querySelector('tbody');
  var live = document.getElementById('ket-qua-loc');
  // Each row remembers its place in the plan and its section, so the
  // markup need not repeat them.
  var rows = [];
  sections.forEach(function (s) {
    list(s.querySelectorAll('tbody tr[data-status]')).forEach(function (r) {
      rows.push({ el: r, home: r.parentNode, order: rows.length, section: s.getAttribute('data-section'),
                  leads: ' ' + r.getAttribute('data-lead') + ' ', due: r.getAttribute('data-due') });
    });
  });
  // Heading rows (sub-rows' group titles) are not tasks: shown only when nothing is filtered.
  var headings = list(document.querySelectorAll('.task-section tbody tr[data-heading]'));
  var byOrder = function (a, b) { return a.order - b.order; };
  // Same order as the pre-rendered "theo-han" page: soonest first, undated last, ties in plan order.
  var byDue = function (a, b) { return a.due < b.due ? -1 : a.due > b.due ? 1 : byOrder(a, b); };
  function value(name) { return form.elements[name].value; }
  function matches(r) {
    var status = value('trang-thai'), lead = value('co-quan'), section = value('phan');
    return (!status || r.el.getAttribute('data-status') === status) &&
           (!lead || r.leads.indexOf(' ' + lead + ' ') >= 0) &&
           (!section || r.section === section);
  }
  function apply() {
    var shown = 0;
    var flatMode = value('sap-xep') === 'han';
    rows.forEach(function (r) { var ok = matches(r); r.el.hidden = !ok; if (ok) shown++; });
    rows.slice().sort(flatMode ? byDue : byOrder).forEach(function (r) {
      (flatMode ? flatBody : r.home).appendChild(r.el);
    });
    var filtered = flatMode || value('trang-thai') || value('co-quan');
    headings.forEach(function (h) { h.hidden = !!filtered; });
    flat.hidden = !flatMode || shown === 0;
    sections.forEach(function (s) {
      s.hidden = flatMode || !s.querySelector('tbody tr[data-status]:not([hidden])');
    });
    live.textContent = live.getAttribute('data-template').replace('{n}', shown);
  }
  form.hidden = false;
  // Coming back to the page, the browser may restore the choices (after this
  // script has run): show the rows they select.
  function restore() {
    if (value('trang-thai') || value('co-quan') || value('phan') || value('sap-xep') !== 'so') apply();
  }
  restore();
  window.addEventListener('pageshow', restore);
  form.addEventListener('change', apply);
  form.addEventListener('reset', function () { setTimeout(apply, 0); });
  form.addEventListener('submit', function (e) { e.preventDefault(); apply(); });
})();
