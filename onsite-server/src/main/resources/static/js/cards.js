// Onsite cards: a review session or a rapid-fire session over one deck. The queue comes from
// /api/cards/queue (or /api/cards/rapid-fire); each grade is posted to /api/cards/{deck}/{card}/review
// and goes through FSRS on the server. Keys: space reveals, 1-4 grade.
(function () {
  'use strict';

  var RATINGS = ['again', 'hard', 'good', 'easy'];

  document.addEventListener('DOMContentLoaded', function () {
    var root = document.getElementById('session');
    if (!root) {
      return;
    }
    var deck = root.getAttribute('data-deck');
    var mode = root.getAttribute('data-mode');
    var minutes = parseInt(root.getAttribute('data-minutes'), 10) || 10;
    var $ = function (id) { return document.getElementById(id); };

    var queue = [];
    var current = null;
    var shownAt = 0;
    var revealed = false;
    var busy = false;
    var finished = false;
    var results = [];
    var deadline = 0;
    var ticker = null;

    function error(message) {
      $('error').textContent = message;
      $('error').hidden = false;
    }

    function load() {
      var url = (mode === 'rapid-fire' ? '/api/cards/rapid-fire' : '/api/cards/queue') +
          '?deck=' + encodeURIComponent(deck);
      return Onsite.api('GET', url).then(function (data) {
        queue = data.cards;
        next();
      }).catch(function (e) { error(e.message); });
    }

    function next() {
      $('remaining').textContent = String(queue.length);
      if (queue.length === 0) {
        finish(mode === 'rapid-fire' ? 'No cards left in the deck.' : null);
        return;
      }
      current = queue.shift();
      revealed = false;
      $('card-panel').hidden = false;
      $('answer-panel').hidden = true;
      $('reveal').hidden = false;
      $('question').textContent = current.question;
      $('card-meta').textContent = current.state + ' · ' + current.level + ' · ' + current.tags.join(', ');
      $('remaining').textContent = String(queue.length + 1);
      shownAt = Date.now();
    }

    function reveal() {
      if (!current || revealed || finished) {
        return;
      }
      revealed = true;
      $('answer').innerHTML = current.answerHtml; // rendered and escaped by the server
      $('why').innerHTML = current.whyHtml;
      if (window.OnsiteMath) {
        window.OnsiteMath.typeset($('answer-panel'));
      }
      document.querySelectorAll('#grades .grade').forEach(function (button) {
        var rating = button.getAttribute('data-rating');
        button.querySelector('.interval').textContent = current.intervals[rating] || '';
      });
      $('reveal').hidden = true;
      $('answer-panel').hidden = false;
    }

    function grade(rating) {
      if (!current || !revealed || busy || finished) {
        return;
      }
      busy = true;
      var card = current;
      var body = { rating: rating, ms: Date.now() - shownAt, mode: mode };
      Onsite.api('POST', '/api/cards/' + encodeURIComponent(card.deck) + '/' +
          encodeURIComponent(card.card) + '/review', body).then(function (done) {
        results.push({ rating: rating, tags: card.tags, interval: done.interval, state: done.state });
        busy = false;
        next();
      }).catch(function (e) {
        busy = false;
        error(e.message);
      });
    }

    function finish(reason) {
      if (finished) {
        return;
      }
      finished = true;
      if (ticker) {
        clearInterval(ticker);
      }
      $('card-panel').hidden = true;
      $('done-panel').hidden = false;
      $('remaining').textContent = String(queue.length);
      var counts = { again: 0, hard: 0, good: 0, easy: 0 };
      results.forEach(function (r) { counts[r.rating]++; });
      var learning = results.filter(function (r) { return r.state !== 'review'; }).length;
      if (mode === 'rapid-fire') {
        $('done-title').textContent = reason === 'time' ? 'Time is up' : 'Session over';
        $('done-text').textContent = results.length + ' cards in ' + elapsed() + '.';
      } else {
        $('done-title').textContent = results.length === 0 ? 'Nothing due' : 'Deck done for now';
        $('done-text').textContent = results.length + ' reviewed.' + (learning > 0
            ? ' ' + learning + ' in learning come back in a few minutes.' : '');
      }
      var list = $('summary');
      list.innerHTML = '';
      RATINGS.forEach(function (r) {
        var li = document.createElement('li');
        li.className = 'summary-' + r;
        li.textContent = r.charAt(0).toUpperCase() + r.slice(1) + ': ' + counts[r];
        list.appendChild(li);
      });
      var weak = weakestTags();
      var li = document.createElement('li');
      li.id = 'weakest-tags';
      li.textContent = 'Weakest tags: ' + (weak.length ? weak.join(', ') : 'none');
      list.appendChild(li);
    }

    /** Tags ordered by their mean grade (again 1 ... easy 4), lowest first; at most three below 3. */
    function weakestTags() {
      var sum = {};
      var n = {};
      results.forEach(function (r) {
        var g = RATINGS.indexOf(r.rating) + 1;
        r.tags.forEach(function (t) { sum[t] = (sum[t] || 0) + g; n[t] = (n[t] || 0) + 1; });
      });
      return Object.keys(sum)
          .map(function (t) { return { tag: t, mean: sum[t] / n[t] }; })
          .filter(function (x) { return x.mean < 3; })
          .sort(function (a, b) { return a.mean - b.mean || a.tag.localeCompare(b.tag); })
          .slice(0, 3)
          .map(function (x) { return x.tag; });
    }

    var startedAt = 0;
    function elapsed() {
      var s = Math.round((Date.now() - startedAt) / 1000);
      return Math.floor(s / 60) + ' min ' + (s % 60) + ' s';
    }

    function tick() {
      var left = Math.max(0, deadline - Date.now());
      var s = Math.ceil(left / 1000);
      $('countdown').textContent = Math.floor(s / 60) + ':' + String(s % 60).padStart(2, '0');
      if (left <= 0) {
        finish('time');
      }
    }

    $('reveal').addEventListener('click', reveal);
    document.querySelectorAll('#grades .grade').forEach(function (button) {
      button.addEventListener('click', function () { grade(button.getAttribute('data-rating')); });
    });
    document.addEventListener('keydown', function (e) {
      if (e.target && (e.target.tagName === 'INPUT' || e.target.tagName === 'TEXTAREA')) {
        return;
      }
      if (e.key === ' ' && current && !revealed) {
        e.preventDefault();
        reveal();
      } else if (['1', '2', '3', '4'].indexOf(e.key) >= 0) {
        grade(RATINGS[parseInt(e.key, 10) - 1]);
      }
    });

    startedAt = Date.now();
    if (mode === 'rapid-fire') {
      $('countdown').textContent = minutes + ':00';
      $('start').addEventListener('click', function () {
        $('start-panel').hidden = true;
        startedAt = Date.now();
        deadline = startedAt + minutes * 60 * 1000;
        ticker = setInterval(tick, 250);
        load();
      });
    } else {
      load();
    }
    // The handlers are attached: a click from now on starts the session.
    document.body.dataset.cards = 'ready';
  });
})();
