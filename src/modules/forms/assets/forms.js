// Progressive enhancement of address questions: after a postcode and house number are typed, the
// street and place are looked up and shown at once, and the form may go on in one step. Without
// this script the server looks the address up and shows it on the next page to confirm.
(function () {
  'use strict';
  var fieldsets = document.querySelectorAll('[data-address-lookup]');
  Array.prototype.forEach.call(fieldsets, function (fieldset) {
    var url = fieldset.getAttribute('data-address-lookup');
    var part = function (name) { return fieldset.querySelector('[data-address-part="' + name + '"]'); };
    var postcode = part('postcode');
    var number = part('huisnummer');
    var addition = part('toevoeging');
    var result = fieldset.querySelector('[data-address-result]');
    var seen = fieldset.querySelector('[data-address-seen]');
    if (!url || !postcode || !number || !addition || !result || !seen) return;
    var timer = null;
    var last = '';
    var key = function () {
      return [postcode.value.replace(/\s+/g, '').toUpperCase(), number.value.trim(), addition.value.replace(/[\s-]+/g, '').toLowerCase()].join('|');
    };
    var show = function (title, lines) {
      result.textContent = '';
      var box = document.createElement('div');
      box.className = 'stadhuis-found';
      var p = document.createElement('p');
      p.className = 'utrecht-paragraph stadhuis-found__title';
      p.textContent = title;
      box.appendChild(p);
      if (lines && lines.length) {
        var q = document.createElement('p');
        q.className = 'utrecht-paragraph stadhuis-found__lines';
        lines.forEach(function (line) {
          var span = document.createElement('span');
          span.className = 'stadhuis-fact-line';
          span.textContent = line;
          q.appendChild(span);
        });
        box.appendChild(q);
      }
      result.appendChild(box);
    };
    var lookup = function () {
      var current = key();
      if (current === last) return;
      last = current;
      seen.value = '';
      if (!/^[1-9][0-9]{3}[A-Z]{2}$/.test(postcode.value.replace(/\s+/g, '').toUpperCase()) || !/^\s*\d{1,5}/.test(number.value)) { result.textContent = ''; return; }
      var query = '?postcode=' + encodeURIComponent(postcode.value) + '&huisnummer=' + encodeURIComponent(number.value) + '&toevoeging=' + encodeURIComponent(addition.value);
      fetch(url + query, { headers: { accept: 'application/json' }, credentials: 'same-origin' })
        .then(function (response) { return response.json(); })
        .then(function (answer) {
          if (key() !== current) return;
          if (answer.status === 'found') {
            show(answer.message, answer.lines);
            seen.value = current;
          } else show(answer.message, []);
        })
        .catch(function () { result.textContent = ''; });
    };
    var schedule = function () {
      if (timer) clearTimeout(timer);
      timer = setTimeout(lookup, 400);
    };
    [postcode, number, addition].forEach(function (input) {
      input.addEventListener('input', schedule);
      input.addEventListener('change', lookup);
    });
  });
})();
