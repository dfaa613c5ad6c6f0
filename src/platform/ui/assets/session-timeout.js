// Warns a logged-in visitor two minutes before the session ends for lack of activity, and lets
// them stay logged in without losing the page. Without JavaScript the notice on the page says
// when the session ends.
(function () {
  'use strict';
  var box = document.querySelector('.stadhuis-session');
  if (!box) return;
  var warning = box.querySelector('.stadhuis-session__warning');
  var stay = box.querySelector('.stadhuis-session__stay');
  // Seconds left as the server counts them, so a wrong clock on this computer does not matter.
  var until = Date.now() + Number(box.getAttribute('data-idle-seconds')) * 1000;
  if (!warning || !stay || isNaN(until)) return;
  var WARN_MS = 2 * 60 * 1000;
  var timers = [];

  function schedule() {
    timers.forEach(clearTimeout);
    timers = [];
    var now = Date.now();
    timers.push(setTimeout(function () {
      warning.hidden = false;
      stay.focus();
    }, Math.max(0, until - WARN_MS - now)));
    timers.push(setTimeout(function () {
      window.location.href = box.getAttribute('data-expired') + '?terug=' + encodeURIComponent(box.getAttribute('data-back') || '/');
    }, Math.max(0, until - now + 1000)));
  }

  stay.addEventListener('click', function () {
    fetch(box.getAttribute('data-keepalive'), { credentials: 'same-origin', headers: { accept: 'application/json' } })
      .then(function (res) { return res.ok ? res.json() : Promise.reject(res.status); })
      .then(function (body) {
        until = Date.now() + body.idleSeconds * 1000;
        warning.hidden = true;
        schedule();
      })
      .catch(function () { window.location.reload(); });
  });
  schedule();
})();
