// Mock loop page: the running round's countdown; the page reloads when it reaches zero, so that
// the server closes the round and the next one (or the committee's packet) shows.
(function () {
  'use strict';
  var clock = document.querySelector('.mock-clock[data-remaining]');
  if (!clock) { return; }
  var end = Date.now() + Number(clock.getAttribute('data-remaining')) * 1000;
  function pad(n) { return (n < 10 ? '0' : '') + n; }
  function tick() {
    var left = Math.max(0, Math.round((end - Date.now()) / 1000));
    clock.textContent = pad(Math.floor(left / 60)) + ':' + pad(left % 60);
    clock.classList.toggle('urgent', left < 300);
    if (left === 0) {
      window.clearInterval(timer);
      window.setTimeout(function () { window.location.reload(); }, 1500);
    }
  }
  var timer = window.setInterval(tick, 1000);
  tick();
}());
