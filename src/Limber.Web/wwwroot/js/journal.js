// Food journal: search as you type in "Food" (GET /api/v1/foods?q=), pick a result to fill the add
// form's food and units. Without JavaScript the search form and result links do the same.
(function () {
  'use strict';
  var card = document.querySelector('[data-journal-add]');
  if (!card || !window.fetch) { return; }
  var input = card.querySelector('[data-journal-search]');
  var results = card.querySelector('[data-journal-results]');
  var food = card.querySelector('[data-journal-food]');
  var chosen = card.querySelector('[data-journal-chosen]');
  var unit = card.querySelector('[data-journal-unit]');
  var amount = card.querySelector('input[name="Add.Amount"]');
  var timer = 0;
  var asked = '';

  function number(v, unitName) {
    if (v === null || v === undefined) { return '–'; }
    return unitName === 'kcal' || Math.abs(v) >= 10 ? Math.round(v).toLocaleString('en') : String(Math.round(v * 10) / 10);
  }

  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) { e.className = className; }
    if (text !== undefined) { e.textContent = text; }
    return e;
  }

  function pick(f) {
    food.value = f.id;
    chosen.textContent = '';
    chosen.appendChild(el('strong', '', f.brand ? f.name + ' (' + f.brand + ')' : f.name));
    chosen.appendChild(document.createTextNode(' '));
    chosen.appendChild(el('span', 'muted', number(f.energyKcal, 'kcal') + ' kcal, ' + number(f.protein, 'g') + ' g protein per 100 g'));
    unit.textContent = '';
    var grams = el('option', '', 'grams');
    grams.value = 'g';
    unit.appendChild(grams);
    f.portions.forEach(function (p) {
      var o = el('option', '', p.label);
      o.value = p.unit;
      unit.appendChild(o);
    });
    results.textContent = '';
    results.appendChild(el('p', 'visually-hidden', 'Chose ' + f.name + '.'));
    amount.focus();
    amount.select();
  }

  function show(q, items) {
    results.textContent = '';
    if (items.length === 0) {
      results.appendChild(el('p', 'empty', 'No food matches “' + q + '”.'));
      return;
    }
    var list = el('ul', 'journal-result-list');
    items.forEach(function (f) {
      var li = el('li');
      var b = el('button', 'link-button', f.brand ? f.name + ' (' + f.brand + ')' : f.name);
      b.type = 'button';
      b.setAttribute('data-test', 'food-result');
      b.addEventListener('click', function () { pick(f); });
      li.appendChild(b);
      li.appendChild(document.createTextNode(' '));
      li.appendChild(el('span', 'muted', number(f.energyKcal, 'kcal') + ' kcal / 100 g'));
      list.appendChild(li);
    });
    results.appendChild(list);
  }

  function search() {
    var q = input.value.trim();
    if (q.length < 2 || q === asked) { return; }
    asked = q;
    fetch('/api/v1/foods?take=10&q=' + encodeURIComponent(q), { headers: { Accept: 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : { items: [] }; })
      .then(function (data) { if (input.value.trim() === q) { show(q, data.items); } })
      .catch(function () { asked = ''; });
  }

  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(search, 200);
  });
}());
