// Onsite: what every page shares. No inline scripts anywhere: the Content-Security-Policy
// allows scripts from this server only.
(function () {
  'use strict';

  function csrfHeaders() {
    var token = document.querySelector('meta[name="csrf-token"]');
    var header = document.querySelector('meta[name="csrf-header"]');
    var headers = {};
    if (token && header) {
      headers[header.content] = token.content;
    }
    return headers;
  }

  /** fetch() with JSON in and out and the CSRF token; rejects with the server's problem detail. */
  function api(method, url, body) {
    var headers = csrfHeaders();
    headers['Accept'] = 'application/json';
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
    }
    return fetch(url, {
      method: method,
      headers: headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body)
    }).then(function (response) {
      if (response.status === 204) {
        return null;
      }
      return response.text().then(function (text) {
        var data = null;
        try { data = text ? JSON.parse(text) : null; } catch (e) { data = null; }
        if (!response.ok) {
          var message = data && (data.detail || data.title) ? (data.detail || data.title)
              : 'the server answered ' + response.status;
          var error = new Error(message);
          error.status = response.status;
          throw error;
        }
        return data;
      });
    });
  }

  var MONACO = '/webjars/monaco-editor/min/vs';

  /**
   * Load Monaco (the page includes its loader.js) and call ready(monaco) once, or fallback() once
   * when it cannot load: no loader, a load error, or nothing after 15 seconds.
   */
  function loadMonaco(ready, fallback) {
    if (typeof window.require !== 'function' || !window.require.config) {
      fallback();
      return;
    }
    window.MonacoEnvironment = {
      getWorkerUrl: function () { return MONACO + '/base/worker/workerMain.js'; }
    };
    window.require.config({ paths: { vs: MONACO } });
    var settled = false;
    function once(f) {
      return function (arg) {
        window.clearTimeout(timer);
        if (settled) { return; }
        settled = true;
        f(arg);
      };
    }
    var timer = window.setTimeout(once(fallback), 15000);
    window.require(['vs/editor/editor.main'], function () { once(ready)(window.monaco); }, once(fallback));
  }

  /**
   * Follow a submission's judging as it streams (server-sent events): on.status({status,
   * position}), on.compiled({ok, message}), on.test(row) as each arrives, then on.done(submission,
   * fetched) once. When the stream ends without a verdict (a restart, a lost connection) the
   * submission is asked for once: done(submission, true) if judged (its tests not streamed), else
   * the stream is followed again; on.lost(error) when even that fails. Returns {close}.
   */
  function followSubmission(id, on) {
    var source = null;
    function call(name, arg, extra) { if (on[name]) { on[name](arg, extra); } }
    function listen() {
      source = new EventSource('/api/submissions/' + id + '/events');
      ['status', 'compiled', 'test'].forEach(function (name) {
        source.addEventListener(name, function (e) { call(name, JSON.parse(e.data)); });
      });
      source.addEventListener('done', function (e) {
        source.close();
        source = null;
        call('done', JSON.parse(e.data), false);
      });
      source.onerror = function () {
        if (!source) { return; }
        source.close();
        source = null;
        window.setTimeout(poll, 1500);
      };
    }
    function poll() {
      api('GET', '/api/submissions/' + id).then(function (submission) {
        if (submission.status === 'done') {
          call('done', submission, true);
        } else {
          call('status', submission);
          listen();
        }
      }).catch(function (error) { call('lost', error); });
    }
    listen();
    return { close: function () { if (source) { source.close(); source = null; } } };
  }

  /** A function that calls fn once ms after the last of a burst of calls. */
  function debounce(fn, ms) {
    var t = null;
    return function () {
      if (t) { window.clearTimeout(t); }
      t = window.setTimeout(fn, ms);
    };
  }

  /** Seconds as mm:ss. */
  function clock(seconds) {
    var pad = function (n) { return n < 10 ? '0' + n : String(n); };
    return pad(Math.floor(seconds / 60)) + ':' + pad(seconds % 60);
  }

  window.Onsite = {
    api: api, csrfHeaders: csrfHeaders, loadMonaco: loadMonaco,
    followSubmission: followSubmission, debounce: debounce, clock: clock
  };

  document.addEventListener('DOMContentLoaded', function () {
    // The phone menu.
    document.querySelectorAll('[data-toggle]').forEach(function (button) {
      button.addEventListener('click', function () {
        var target = document.getElementById(button.getAttribute('data-toggle'));
        if (target) { target.classList.toggle('open'); }
      });
    });
    // Catalogue filters apply as soon as one changes.
    var filters = document.getElementById('filters');
    if (filters) {
      filters.querySelectorAll('select').forEach(function (select) {
        select.addEventListener('change', function () {
          var params = new URLSearchParams();
          filters.querySelectorAll('select').forEach(function (s) {
            if (s.value) { params.set(s.name, s.value); }
          });
          var query = params.toString();
          window.location.href = '/problems' + (query ? '?' + query : '');
        });
      });
    }
    // Submission history: pick two attempts to compare.
    var compare = document.getElementById('compare');
    if (compare) {
      var boxes = document.querySelectorAll('input[name="pick"]');
      var update = function () {
        var picked = Array.prototype.filter.call(boxes, function (b) { return b.checked; });
        compare.disabled = picked.length !== 2;
      };
      boxes.forEach(function (b) { b.addEventListener('change', update); });
      compare.addEventListener('click', function () {
        var ids = Array.prototype.filter.call(boxes, function (b) { return b.checked; })
            .map(function (b) { return Number(b.value); })
            .sort(function (a, b) { return a - b; });
        if (ids.length === 2) {
          window.location.href = '/submissions/diff?from=' + ids[0] + '&to=' + ids[1];
        }
      });
      update();
    }
    // Times in the reader's time zone.
    document.querySelectorAll('time[datetime]').forEach(function (t) {
      var d = new Date(t.getAttribute('datetime'));
      if (!isNaN(d)) {
        t.textContent = d.toLocaleString(undefined, {
          month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit'
        });
      }
    });
  });
})();
