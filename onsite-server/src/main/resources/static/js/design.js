// The design workspace: a countdown, answers saved as they are typed, a live Mermaid diagram, and
// after the end the rubric to grade yourself and the optional grading by a configured model.
(function () {
  'use strict';

  var SAVE_DELAY_MS = 700;
  var DIAGRAM_DELAY_MS = 400;

  document.addEventListener('DOMContentLoaded', function () {
    var root = document.getElementById('design');
    if (!root) { return; }
    var promptId = root.dataset.prompt;
    var attemptId = root.dataset.attempt;
    var ended = root.dataset.ended === 'true';
    var errorLine = document.getElementById('design-error');
    var status = document.getElementById('save-status');
    var backupKey = 'onsite-design-' + attemptId;

    function showError(message) {
      errorLine.textContent = message;
      errorLine.hidden = !message;
    }

    document.querySelectorAll('#start-attempt').forEach(function (button) {
      button.addEventListener('click', function () {
        button.disabled = true;
        Onsite.api('POST', '/api/design/' + encodeURIComponent(promptId) + '/attempts')
          .then(function () { window.location.href = '/design/' + encodeURIComponent(promptId); })
          .catch(function (e) { button.disabled = false; showError(e.message); });
      });
    });
    if (!attemptId) { root.dataset.ready = 'true'; return; }

    var parts = Array.prototype.slice.call(document.querySelectorAll('textarea.answer'));

    function answer() {
      var out = {};
      parts.forEach(function (t) { out[t.dataset.part] = t.value; });
      return out;
    }

    // Saving: one request at a time, the latest text wins; a failure keeps a copy in this browser.
    var timer = null;
    var saving = null;
    var dirty = false;

    function save() {
      timer = null;
      if (saving) { dirty = true; return saving; }
      dirty = false;
      var body = { answer: answer() };
      status.textContent = 'saving…';
      saving = Onsite.api('PUT', '/api/design/attempts/' + attemptId + '/answer', body)
        .then(function (saved) {
          status.textContent = 'saved ' + new Date(saved.savedAt).toLocaleTimeString();
          status.dataset.state = 'saved';
          window.localStorage.removeItem(backupKey);
          showError('');
        })
        .catch(function (e) {
          status.textContent = 'not saved';
          status.dataset.state = 'failed';
          try { window.localStorage.setItem(backupKey, JSON.stringify(body.answer)); } catch (ignored) { /* full */ }
          showError('Not saved: ' + e.message);
        })
        .then(function () {
          saving = null;
          if (dirty) { return save(); }
        });
      return saving;
    }

    function scheduleSave() {
      status.textContent = 'editing…';
      status.dataset.state = 'editing';
      if (timer) { clearTimeout(timer); }
      timer = setTimeout(save, SAVE_DELAY_MS);
    }

    function flush() {
      if (timer) { clearTimeout(timer); return save(); }
      return saving || Promise.resolve();
    }

    if (!ended) {
      // Text this browser could not save last time comes back first.
      var backup = null;
      try { backup = JSON.parse(window.localStorage.getItem(backupKey) || 'null'); } catch (ignored) { backup = null; }
      if (backup) {
        parts.forEach(function (t) {
          if (typeof backup[t.dataset.part] === 'string') { t.value = backup[t.dataset.part]; }
        });
        showError('Restored text this browser could not save before; saving it now.');
        scheduleSave();
      }
      parts.forEach(function (t) { t.addEventListener('input', scheduleSave); });
      // Text typed while the scripts were still loading has not been sent yet.
      if (!backup && parts.some(function (t) { return t.value !== t.defaultValue; })) { scheduleSave(); }
      window.addEventListener('beforeunload', function (event) {
        if (timer || saving || status.dataset.state === 'failed') {
          if (timer) { save(); }
          event.preventDefault();
        }
      });
    }

    // The countdown; at zero the attempt ends by itself.
    var clock = document.getElementById('clock');
    var endButton = document.getElementById('end-attempt');
    function end() {
      if (endButton) { endButton.disabled = true; }
      flush().then(function () {
        return Onsite.api('POST', '/api/design/attempts/' + attemptId + '/end');
      }).then(function () {
        window.location.href = '/design/' + encodeURIComponent(promptId) + '?attempt=' + attemptId;
      }).catch(function (e) {
        if (endButton) { endButton.disabled = false; }
        showError(e.message);
      });
    }
    if (!ended && clock) {
      var deadline = Date.now() + Number(root.dataset.remaining) * 1000;
      var tick = function () {
        var left = Math.max(0, Math.round((deadline - Date.now()) / 1000));
        var m = Math.floor(left / 60);
        var s = left % 60;
        clock.textContent = m + ':' + (s < 10 ? '0' : '') + s;
        clock.classList.toggle('low', left < 300);
        if (left === 0) {
          clearInterval(interval);
          clock.textContent = 'time is up';
          end();
        }
      };
      var interval = setInterval(tick, 1000);
      tick();
      endButton.addEventListener('click', end);
    }

    // The diagram renders as its source is typed.
    var source = document.getElementById('diagram-source');
    var view = document.getElementById('diagram-view');
    var diagramError = document.getElementById('diagram-error');
    var renders = 0;
    if (source && window.mermaid) {
      var dark = window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches;
      window.mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: dark ? 'dark' : 'default' });
      var diagramTimer = null;
      var render = function () {
        var text = source.value.trim();
        if (!text) { view.innerHTML = ''; diagramError.textContent = ''; return; }
        var id = 'diagram-svg-' + (++renders);
        window.mermaid.parse(text, { suppressErrors: true }).then(function (ok) {
          if (!ok) { diagramError.textContent = 'The diagram does not parse yet (Mermaid syntax).'; return null; }
          return window.mermaid.render(id, text);
        }).then(function (result) {
          if (result) { view.innerHTML = result.svg; diagramError.textContent = ''; }
        }).catch(function (e) {
          diagramError.textContent = 'The diagram does not render: ' + String(e && e.message || e).split('\n')[0];
        });
      };
      source.addEventListener('input', function () {
        if (diagramTimer) { clearTimeout(diagramTimer); }
        diagramTimer = setTimeout(render, DIAGRAM_DELAY_MS);
      });
      render();
    }

    // Self-grading: every tick is kept, and the score follows.
    var score = document.getElementById('score');
    var boxes = Array.prototype.slice.call(document.querySelectorAll('input[name="rubric"]'));
    boxes.forEach(function (box) {
      box.addEventListener('change', function () {
        var checked = boxes.filter(function (b) { return b.checked; }).map(function (b) { return b.value; });
        Onsite.api('PUT', '/api/design/attempts/' + attemptId + '/grades', { checked: checked })
          .then(function (a) { score.textContent = a.score + '%'; showError(''); })
          .catch(function (e) { showError('Grade not saved: ' + e.message); });
      });
    });

    // Grading by the configured model.
    var llmButton = document.getElementById('llm-grade');
    var llmError = document.getElementById('llm-error');
    var llmResult = document.getElementById('llm-result');
    if (llmButton) {
      llmButton.addEventListener('click', function () {
        llmButton.disabled = true;
        llmButton.textContent = 'Grading…';
        llmError.hidden = true;
        Onsite.api('POST', '/api/design/attempts/' + attemptId + '/review')
          .then(function (review) {
            llmResult.textContent = '';
            var head = document.createElement('p');
            var strong = document.createElement('strong');
            strong.textContent = review.score + '% by ' + review.model;
            head.appendChild(strong);
            head.appendChild(document.createTextNode(' ' + review.summary));
            llmResult.appendChild(head);
            var list = document.createElement('ul');
            list.className = 'rubric review';
            review.points.forEach(function (p) {
              var li = document.createElement('li');
              li.className = p.met ? 'met' : 'missed';
              li.appendChild(document.createTextNode((p.met ? '✓ ' : '✗ ') + p.point + ' '));
              if (p.quote) {
                var q = document.createElement('q');
                q.textContent = p.quote;
                li.appendChild(q);
                if (!p.quoteFound) {
                  var chip = document.createElement('span');
                  chip.className = 'chip subtle';
                  chip.textContent = 'quote not in the answer';
                  li.appendChild(chip);
                }
              }
              var comment = document.createElement('span');
              comment.className = 'muted small';
              comment.textContent = ' ' + p.comment;
              li.appendChild(comment);
              list.appendChild(li);
            });
            llmResult.appendChild(list);
          })
          .catch(function (e) {
            llmError.textContent = e.message;
            llmError.hidden = false;
          })
          .then(function () {
            llmButton.disabled = false;
            llmButton.textContent = 'Grade with the model';
          });
      });
    }
    root.dataset.ready = 'true';
  });
})();
