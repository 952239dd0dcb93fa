// Suggestions as you type for every search box with data-suggest-url. Without this file (or without JavaScript)
// the box is a plain GET form to /search, so nothing here is needed to search. No inline script: the CSP forbids it.
(function () {
  'use strict';

  function attach(input) {
    var url = input.getAttribute('data-suggest-url');
    var productPath = input.getAttribute('data-product-path') || '/product/';
    var list = document.createElement('ul');
    var listId = input.id + '-suggestions';
    var timer = 0;
    var active = -1;
    var lastQuery = '';
    var controller = null;

    list.id = listId;
    list.className = 'suggestions';
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-label', document.documentElement.lang === 'en' ? 'Suggestions' : 'Προτάσεις');
    list.hidden = true;
    input.parentNode.insertBefore(list, input.nextSibling);
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-controls', listId);
    input.setAttribute('aria-expanded', 'false');

    function options() { return list.querySelectorAll('[role="option"]'); }

    function close() {
      list.hidden = true;
      list.textContent = '';
      active = -1;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
    }

    function highlight(index) {
      var items = options();
      if (items.length === 0) { return; }
      active = (index + items.length) % items.length;
      for (var i = 0; i < items.length; i++) {
        items[i].setAttribute('aria-selected', i === active ? 'true' : 'false');
      }
      input.setAttribute('aria-activedescendant', items[active].id);
    }

    function show(suggestions) {
      close();
      if (!suggestions.length) { return; }
      suggestions.forEach(function (s, i) {
        var li = document.createElement('li');
        var a = document.createElement('a');
        li.id = listId + '-' + i;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        a.href = productPath + encodeURIComponent(s.slug);
        a.textContent = s.text;
        a.tabIndex = -1;
        li.appendChild(a);
        list.appendChild(li);
      });
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
    }

    function fetchSuggestions() {
      var q = input.value.trim();
      if (q.length < 2 || q === lastQuery) {
        if (q.length < 2) { lastQuery = ''; close(); }
        return;
      }
      lastQuery = q;
      if (controller) { controller.abort(); }
      controller = typeof AbortController === 'function' ? new AbortController() : null;
      fetch(url + '?q=' + encodeURIComponent(q), { headers: { Accept: 'application/json' }, signal: controller ? controller.signal : undefined })
        .then(function (r) { return r.ok ? r.json() : { suggestions: [] }; })
        .then(function (body) { if (input.value.trim() === q) { show(body.suggestions || []); } })
        .catch(function () { /* the form still works without suggestions */ });
    }

    input.addEventListener('input', function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(fetchSuggestions, 150);
    });
    input.addEventListener('keydown', function (e) {
      if (list.hidden) { return; }
      if (e.key === 'ArrowDown') { e.preventDefault(); highlight(active + 1); }
      else if (e.key === 'ArrowUp') { e.preventDefault(); highlight(active - 1); }
      else if (e.key === 'Escape') { close(); }
      else if (e.key === 'Enter' && active >= 0) {
        e.preventDefault();
        window.location.assign(options()[active].querySelector('a').href);
      }
    });
    input.addEventListener('blur', function () {
      // Let a click on a suggestion land before the list goes.
      window.setTimeout(close, 200);
    });
  }

  function init() {
    var inputs = document.querySelectorAll('input[data-suggest-url]');
    for (var i = 0; i < inputs.length; i++) { attach(inputs[i]); }
  }

  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', init); } else { init(); }
})();
