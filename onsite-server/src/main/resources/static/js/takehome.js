// The take-home page: the attempt's timer (kept on the server, so a pause survives a restart), the
// dataset download, and judging a finder through the queue.
(function () {
  'use strict';

  var page = document.getElementById('takehome');
  if (!page) { return; }
  var id = page.dataset.id;
  var base = '/api/takehomes/' + id;
  var $ = function (x) { return document.getElementById(x); };
  var ticking = null;
  var remaining = 0;

  function hms(seconds) {
    var s = Math.max(0, Math.floor(seconds));
    var pad = function (n) { return n < 10 ? '0' + n : String(n); };
    return Math.floor(s / 3600) + ':' + pad(Math.floor(s / 60) % 60) + ':' + pad(s % 60);
  }

  function error(e) {
    var box = $('takehome-error');
    box.textContent = e ? e.message : '';
    box.hidden = !e;
  }

  function show(attempt) {
    if (ticking) { window.clearInterval(ticking); ticking = null; }
    $('no-attempt').hidden = !!attempt;
    $('attempt-state').hidden = !attempt;
    $('start').textContent = attempt ? 'Start again with a new dataset' : 'Start an attempt';
    $('submit-finder').disabled = !attempt;
    if (!attempt) { return; }
    remaining = attempt.remaining_seconds;
    $('clock').textContent = hms(remaining);
    $('clock-label').textContent = attempt.paused ? 'left · paused' : 'left';
    $('seed').textContent = 'Dataset seed ' + attempt.seed + ' · ' + hms(attempt.elapsed_seconds) + ' used';
    $('download').href = base + '/attempt/dataset';
    $('pause').hidden = attempt.paused;
    $('resume').hidden = !attempt.paused;
    page.dataset.paused = String(attempt.paused);
    if (!attempt.paused) {
      ticking = window.setInterval(function () {
        remaining -= 1;
        $('clock').textContent = hms(remaining);
        if (remaining <= 0) { $('clock-label').textContent = 'time is up: you may still submit'; }
      }, 1000);
    }
  }

  function load() {
    Onsite.api('GET', base).then(function (d) { show(d.attempt); }).catch(error);
  }

  function act(path) {
    error(null);
    Onsite.api('POST', base + path, {}).then(show).catch(error);
  }

  $('start').addEventListener('click', function () {
    if (!$('attempt-state').hidden &&
        !window.confirm('Start again? You get a new dataset and the timer starts from the top.')) {
      return;
    }
    act('/attempts');
  });
  $('pause').addEventListener('click', function () { act('/attempt/pause'); });
  $('resume').addEventListener('click', function () { act('/attempt/resume'); });

  var key = 'onsite.takehome.' + id + '.finder';
  var finder = $('finder');
  finder.value = window.localStorage.getItem(key) ||
      'import json, os, sys\n\ndata = sys.argv[1]  # the dataset directory\nfindings = []\nprint(json.dumps(findings))\n';
  finder.addEventListener('input', Onsite.debounce(function () {
    window.localStorage.setItem(key, finder.value);
  }, 300));

  function report(s) {
    $('report').hidden = false;
    $('verdict').textContent = s.verdict || s.status;
    $('verdict').className = 'badge ' + (s.verdict === 'AC' ? 'ok' : 'bad');
    $('score').textContent = s.score == null ? '-' : (Math.round(s.score * 10) / 10).toFixed(1);
    var rows = $('kinds');
    rows.textContent = '';
    (s.tests || []).forEach(function (t) {
      var tr = document.createElement('tr');
      [t.name, t.verdict, t.message].forEach(function (text) {
        var td = document.createElement('td');
        td.textContent = text || '';
        tr.appendChild(td);
      });
      tr.dataset.kind = t.name;
      rows.appendChild(tr);
    });
    $('report-text').textContent = s.message || '';
    $('submit-status').textContent = '';
    $('submit-finder').disabled = false;
  }

  $('submit-finder').addEventListener('click', function () {
    error(null);
    window.localStorage.setItem(key, finder.value);
    $('submit-finder').disabled = true;
    $('submit-status').textContent = 'queued...';
    Onsite.api('POST', base + '/submissions', { finder: finder.value }).then(function (queued) {
      Onsite.followSubmission(queued.id, {
        status: function () { $('submit-status').textContent = 'judging...'; },
        done: function () {
          Onsite.api('GET', '/api/submissions/' + queued.id).then(report).catch(error);
        },
        lost: function (e) { error(e); $('submit-finder').disabled = false; }
      });
    }).catch(function (e) {
      error(e);
      $('submit-status').textContent = '';
      $('submit-finder').disabled = false;
    });
  });

  load();
  // Every button listens now: a browser test waits for this before it clicks Start.
  page.dataset.ready = 'true';
})();
