// The filter: reads it from the address, hides the cards that do not match (the `hidden`
// attribute), keeps the address in step with the form.
(function () {
  var fold = function (s) { return (s || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase(); };
  var keys = ['domaine', 'besoin', 'public', 'territoire', 'q'];
  var form = document.getElementById('filtre');
  var cards = Array.prototype.slice.call(document.querySelectorAll('article.service'));
  var texts = cards.map(function (c) { return fold(c.textContent); });
  function read() {
    var p = {};
    location.hash.replace(/^#/, '').split('&').forEach(function (kv) {
      if (!kv) return;
      var i = kv.indexOf('=');
      var k = decodeURIComponent(i < 0 ? kv : kv.slice(0, i));
      var v = i < 0 ? '' : decodeURIComponent(kv.slice(i + 1).replace(/\+/g, ' '));
      if (keys.indexOf(k) >= 0) p[k] = v;
    });
    return p;
  }
  function apply(p) {
    var words = fold(p.q).split(/\s+/).filter(Boolean);
    var shown = 0;
    cards.forEach(function (c, i) {
      var ok = (!p.domaine || c.dataset.domaines.split(' ').indexOf(p.domaine) >= 0)
        && (!p.besoin || c.dataset.besoins.split(' ').indexOf(p.besoin) >= 0)
        && (!p.public || c.dataset.public === p.public || c.dataset.public === 'tous')
        && (!p.territoire || c.dataset.territoire === p.territoire || c.dataset.territoire === 'commune')
        && words.every(function (w) { return texts[i].indexOf(w) >= 0; });
      if (ok) { c.removeAttribute('hidden'); shown++; } else { c.setAttribute('hidden', ''); }
    });
    Array.prototype.forEach.call(document.querySelectorAll('section.domain'), function (s) {
      var any = s.querySelector('article.service:not([hidden])');
      if (any) { s.removeAttribute('hidden'); } else { s.setAttribute('hidden', ''); }
    });
    // The needs with no service follow the same filter, so the reader sees the gap too.
    var gaps = Array.prototype.slice.call(document.querySelectorAll('#sans-service li'));
    gaps.forEach(function (li) {
      var ok = (!p.domaine || li.dataset.domaine === p.domaine)
        && (!p.besoin || li.dataset.besoin === p.besoin)
        && (!p.public || li.dataset.public === p.public || li.dataset.public === 'tous')
        && (!p.territoire || li.dataset.territoire === p.territoire || li.dataset.territoire === 'commune');
      if (ok) { li.removeAttribute('hidden'); } else { li.setAttribute('hidden', ''); }
    });
    var count = document.getElementById('count');
    count.textContent = count.dataset.template.replace('{n}', shown).replace('{total}', cards.length);
    var none = document.getElementById('none');
    if (shown === 0) { none.removeAttribute('hidden'); } else { none.setAttribute('hidden', ''); }
    keys.forEach(function (k) { if (form.elements[k]) form.elements[k].value = p[k] || ''; });
  }
  function write() {
    var parts = [];
    keys.forEach(function (k) { var v = form.elements[k].value; if (v) parts.push(k + '=' + encodeURIComponent(v)); });
    var h = parts.length ? '#' + parts.join('&') : '';
    if (history.replaceState) { history.replaceState(null, '', location.pathname + location.search + h); } else { location.hash = h; }
    apply(read());
  }
  form.addEventListener('input', write);
  form.addEventListener('change', write);
  form.addEventListener('submit', function (e) { e.preventDefault(); write(); });
  window.addEventListener('hashchange', function () { apply(read()); });
  apply(read());
})();
