/* Công khai: instant filter and sort of a plan's task table. Optional: without
   JavaScript the page links to pre-rendered views (by deadline, by status). ES5
   so it runs on old phone browsers. */
(function () {
  'use strict';
  var form = document.getElementById('bo-loc');
  if (!form || !document.querySelectorAll) return;
  form.hidden = false;
  var rows = Array.prototype.slice.call(document.querySelectorAll('.task-section tbody tr[data-status]'));
  var sections = Array.prototype.slice.call(document.querySelectorAll('.task-section'));
  var flat = document.querySelector('.task-section-flat');
  var flatBody = flat.querySelector('tbody');
  var live = document.getElementById('ket-qua-loc');
  var home = rows.map(function (r) { return r.parentNode; });
  var byOrder = function (a, b) { return (+a.getAttribute('data-order')) - (+b.getAttribute('data-order')); };
  var byDue = function (a, b) {
    var da = a.getAttribute('data-due'), db = b.getAttribute('data-due');
    return da < db ? -1 : da > db ? 1 : byOrder(a, b);
  };
  function value(name) { return form.elements[name].value; }
  function matches(r) {
    var lead = ' ' + r.getAttribute('data-lead') + ' ';
    return (!value('trang-thai') || r.getAttribute('data-status') === value('trang-thai')) &&
           (!value('co-quan') || lead.indexOf(' ' + value('co-quan') + ' ') >= 0) &&
           (!value('phan') || r.getAttribute('data-section') === value('phan'));
  }
  function apply() {
    var shown = 0;
    rows.forEach(function (r) { var ok = matches(r); r.hidden = !ok; if (ok) shown++; });
    var flatMode = value('sap-xep') === 'han';
    if (flatMode) {
      rows.slice().sort(byDue).forEach(function (r) { flatBody.appendChild(r); });
    } else {
      rows.slice().sort(byOrder).forEach(function (r, i) { home[rows.indexOf(r)].appendChild(r); });
    }
    flat.hidden = !flatMode;
    sections.forEach(function (s) {
      s.hidden = flatMode || !s.querySelector('tbody tr[data-status]:not([hidden])');
    });
    live.textContent = live.getAttribute('data-template').replace('{n}', shown);
  }
  form.addEventListener('change', apply);
  form.addEventListener('reset', function () { setTimeout(apply, 0); });
  form.addEventListener('submit', function (e) { e.preventDefault(); });
})();
