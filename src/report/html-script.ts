/**
 * The HTML report's inline script. It only reads attributes the report generated itself
 * (`data-spans`, `data-finding`, `data-show`, ids built from ordinals) and writes with
 * `textContent` and `classList`: no `innerHTML`, no article text is ever parsed as markup.
 * Without it the page still works as plain links and anchors; the filters stay hidden.
 */
import { createHash } from 'node:crypto';

export const HTML_REPORT_SCRIPT = `
(function () {
  'use strict';
  var doc = document;
  function all(sel, root) { return Array.prototype.slice.call((root || doc).querySelectorAll(sel)); }
  function tokens(el) { return (el.getAttribute('data-spans') || '').split(' '); }
  function findingOf(token) { return token.replace(/c[0-9]+$/, ''); }
  var findings = all('li.finding');
  var marks = all('mark[data-spans]');
  var form = doc.getElementById('filters');
  var status = doc.getElementById('filter-status');
  var none = doc.getElementById('no-match');

  function clearActive() {
    all('.active').forEach(function (el) { el.classList.remove('active'); });
  }
  function marksOf(token) {
    return marks.filter(function (m) { return tokens(m).indexOf(token) !== -1; });
  }
  function focusQuietly(el) {
    if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
    try { el.focus({ preventScroll: true }); } catch (e) { el.focus(); }
  }
  function showSpan(token) {
    var hits = marksOf(token);
    var target = hits[0] || doc.getElementById('span-' + token);
    if (!target) return false;
    clearActive();
    var card = doc.getElementById('finding-' + findingOf(token));
    if (card) card.classList.add('active');
    hits.forEach(function (m) { m.classList.add('active'); });
    target.scrollIntoView({ block: 'center', inline: 'nearest' });
    focusQuietly(target);
    return true;
  }
  function reveal(card) {
    if (!card.hidden || !form) return;
    all('input[type=checkbox]', form).forEach(function (box) {
      var attr = box.name === 'severity' ? 'data-severity' : 'data-kind';
      if (box.value === card.getAttribute(attr)) box.checked = true;
    });
    applyFilters();
  }
  function showFinding(key) {
    var card = doc.getElementById('finding-' + key);
    if (!card) return false;
    reveal(card);
    clearActive();
    card.classList.add('active');
    marksOf(key).forEach(function (m) { m.classList.add('active'); });
    card.scrollIntoView({ block: 'start', inline: 'nearest' });
    focusQuietly(card);
    return true;
  }

  doc.addEventListener('click', function (ev) {
    var t = ev.target;
    if (!(t instanceof Element)) return;
    var show = t.closest('a[data-show]');
    if (show) {
      if (showSpan(show.getAttribute('data-show') || '')) ev.preventDefault();
      return;
    }
    var ref = t.closest('a.ref[data-finding]');
    if (ref) {
      if (showFinding(ref.getAttribute('data-finding') || '')) ev.preventDefault();
      return;
    }
    // A click elsewhere on a finding card does what its first link does (a mouse shortcut;
    // keyboard users have the link itself). Selecting text to copy must not jump away.
    var card = t.closest('li.finding');
    if (!card || t.closest('a, button, input, label')) return;
    var sel = window.getSelection ? window.getSelection() : null;
    if (sel && !sel.isCollapsed) return;
    var link = card.querySelector('a[data-show]');
    if (link) showSpan(link.getAttribute('data-show') || '');
  });

  function checked(name) {
    var out = Object.create(null);
    all('input[type=checkbox]', form).forEach(function (box) {
      if (box.name === name && box.checked) out[box.value] = true;
    });
    return out;
  }
  function applyFilters() {
    var sev = checked('severity');
    var kind = checked('kind');
    var visible = Object.create(null);
    var shown = 0;
    findings.forEach(function (f) {
      var ok = sev[f.getAttribute('data-severity')] === true && kind[f.getAttribute('data-kind')] === true;
      f.hidden = !ok;
      if (ok) { shown += 1; visible[f.getAttribute('data-key')] = true; }
    });
    marks.forEach(function (m) {
      var on = tokens(m).some(function (t) { return visible[findingOf(t)] === true; });
      m.classList.toggle('muted', !on);
    });
    if (status) {
      status.textContent = 'Showing ' + shown + ' of ' + findings.length + (findings.length === 1 ? ' finding' : ' findings');
    }
    if (none) none.hidden = shown !== 0;
  }
  if (form) {
    form.hidden = false;
    form.addEventListener('change', applyFilters);
    form.addEventListener('submit', function (ev) { ev.preventDefault(); });
    var reset = doc.getElementById('filters-reset');
    if (reset) {
      reset.addEventListener('click', function () {
        all('input[type=checkbox]', form).forEach(function (box) { box.checked = true; });
        applyFilters();
      });
    }
    applyFilters();
  }
})();
`;

/** CSP source for the script above, so the page can forbid every other script. */
export const HTML_REPORT_SCRIPT_HASH = `sha256-${createHash('sha256').update(HTML_REPORT_SCRIPT, 'utf8').digest('base64')}`;
