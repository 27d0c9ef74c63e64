// The code review page: the code in a read-only Monaco editor (file tabs), comments added on a
// clicked line or a selected range and saved as they are typed, a countdown, submit; after
// submitting, the planted defects, the comments that caught them and the false alarms marked in
// the code.
(function () {
  'use strict';

  var SAVE_DELAY_MS = 600;

  document.addEventListener('DOMContentLoaded', function () {
    var root = document.getElementById('review');
    if (!root) { return; }
    var packageId = root.dataset.package;
    var reviewId = root.dataset.review;
    var submitted = root.dataset.submitted === 'true';
    var errorLine = document.getElementById('review-error');

    function showError(message) {
      errorLine.textContent = message || '';
      errorLine.hidden = !message;
    }

    document.querySelectorAll('#start-review').forEach(function (button) {
      button.addEventListener('click', function () {
        button.disabled = true;
        Onsite.api('POST', '/api/reviews/' + encodeURIComponent(packageId) + '/attempts')
          .then(function () { window.location.href = '/reviews/' + encodeURIComponent(packageId); })
          .catch(function (e) { button.disabled = false; showError(e.message); });
      });
    });
    if (!reviewId) { return; }

    // ---- the files, the selection, the comments, the result's marks ----------------------

    var files = {};
    var order = [];
    document.querySelectorAll('textarea.code-file').forEach(function (t) {
      files[t.dataset.path] = { text: t.value, language: t.dataset.language };
      order.push(t.dataset.path);
    });
    var current = order[0];
    var selection = null;   // {file, first, last}
    var comments = [];      // as the API returns them: {id, file, lines: [first, last], category, text}
    var marks = [];         // after submitting: {file, first, last, kind}
    document.querySelectorAll('li.defect').forEach(function (li) {
      marks.push({ file: li.dataset.file, first: Number(li.dataset.first), last: Number(li.dataset.last),
        kind: li.dataset.caught === 'true' ? 'defect-caught' : 'defect-missed' });
    });
    document.querySelectorAll('li.false-alarm').forEach(function (li) {
      marks.push({ file: li.dataset.file, first: Number(li.dataset.first), last: Number(li.dataset.last),
        kind: 'false-alarm' });
    });

    function linesLabel(first, last) {
      return first === last ? 'line ' + first : 'lines ' + first + '–' + last;
    }

    // ---- the code view: Monaco, or numbered lines when Monaco cannot load -----------------

    var view = null;        // {show(path), reveal(first, last), decorate()}
    var tabs = Array.prototype.slice.call(document.querySelectorAll('.file-tab'));
    var container = document.getElementById('code');

    function selectTab(path) {
      current = path;
      tabs.forEach(function (t) { t.setAttribute('aria-selected', String(t.dataset.path === path)); });
    }

    var pendingReveal = null;   // lines to show once the editor is ready

    function show(path, first, last) {
      if (!files[path]) { return; }
      if (!view) {
        selectTab(path);
        pendingReveal = first ? { first: first, last: last || first } : null;
        return;
      }
      if (path !== current) { selectTab(path); view.show(path); }
      if (first) { view.reveal(first, last || first); }
    }

    function ready() {
      if (pendingReveal) { view.reveal(pendingReveal.first, pendingReveal.last); pendingReveal = null; }
    }

    tabs.forEach(function (t) {
      t.addEventListener('click', function () { show(t.dataset.path); });
    });

    function useFallback() {
      if (view) { return; }
      var list = document.createElement('ol');
      list.className = 'code-lines';
      container.appendChild(list);
      var anchor = null;
      function render(path) {
        list.textContent = '';
        files[path].text.replace(/\n$/, '').split('\n').forEach(function (text, i) {
          var li = document.createElement('li');
          li.textContent = text;
          li.dataset.line = String(i + 1);
          list.appendChild(li);
        });
        decorate();
      }
      function decorate() {
        var items = list.children;
        for (var i = 0; i < items.length; i++) {
          var n = i + 1;
          var li = items[i];
          li.className = '';
          if (selection && selection.file === current && n >= selection.first && n <= selection.last) {
            li.classList.add('selected');
          }
          comments.forEach(function (c) {
            if (c.file === current && n >= c.lines[0] && n <= c.lines[1]) { li.classList.add('commented'); }
          });
          marks.forEach(function (m) {
            if (m.file === current && n >= m.first && n <= m.last) { li.classList.add(m.kind); }
          });
        }
      }
      list.addEventListener('click', function (e) {
        var li = e.target.closest('li');
        if (!li) { return; }
        var n = Number(li.dataset.line);
        if (e.shiftKey && anchor && anchor.file === current) {
          select(current, Math.min(anchor.line, n), Math.max(anchor.line, n));
        } else {
          anchor = { file: current, line: n };
          select(current, n, n);
        }
        decorate();
      });
      view = {
        show: render,
        reveal: function (first) {
          var li = list.children[first - 1];
          if (li) { li.scrollIntoView({ block: 'center' }); }
        },
        decorate: decorate
      };
      root.setAttribute('data-editor', 'lines');
      render(current);
      ready();
    }

    function startMonaco() {
      Onsite.loadMonaco(function (monaco) {
        if (view) { return; }
        var models = {};
        var decorations = {};
        order.forEach(function (path) {
          models[path] = monaco.editor.createModel(files[path].text, files[path].language,
              monaco.Uri.parse('file:///' + path));
          decorations[path] = [];
        });
        var dark = window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches;
        var editor = monaco.editor.create(container, {
          model: models[current],
          readOnly: true,
          domReadOnly: true,
          theme: dark ? 'vs-dark' : 'vs',
          automaticLayout: true,
          fontSize: 14,
          minimap: { enabled: false },
          scrollBeyondLastLine: false,
          glyphMargin: true,
          renderValidationDecorations: 'off',
          fixedOverflowWidgets: true
        });
        editor.onDidChangeCursorSelection(function (e) {
          if (e.reason !== monaco.editor.CursorChangeReason.Explicit) { return; }
          var s = e.selection;
          var first = Math.min(s.startLineNumber, s.endLineNumber);
          var last = Math.max(s.startLineNumber, s.endLineNumber);
          var end = s.startLineNumber > s.endLineNumber ? s.startColumn : s.endColumn;
          if (last > first && end === 1) { last -= 1; }   // a whole line picked in the gutter
          select(current, first, last);
        });
        function decorate() {
          order.forEach(function (path) {
            var wanted = [];
            comments.forEach(function (c) {
              if (c.file !== path) { return; }
              wanted.push({ range: new monaco.Range(c.lines[0], 1, c.lines[1], 1),
                options: { isWholeLine: true, className: 'review-commented-line',
                  glyphMarginClassName: 'review-comment-glyph' } });
            });
            marks.forEach(function (m) {
              if (m.file !== path) { return; }
              wanted.push({ range: new monaco.Range(m.first, 1, m.last, 1),
                options: { isWholeLine: true, className: 'review-' + m.kind } });
            });
            decorations[path] = models[path].deltaDecorations(decorations[path], wanted);
          });
        }
        view = {
          show: function (path) { editor.setModel(models[path]); },
          reveal: function (first, last) {
            editor.revealLinesInCenter(first, last);
            editor.setSelection(new monaco.Range(first, 1, last, models[current].getLineMaxColumn(last)));
          },
          decorate: decorate
        };
        window.onsiteReviewEditor = editor;
        root.setAttribute('data-editor', 'monaco');
        decorate();
        ready();
      }, useFallback);
    }

    // ---- the new comment --------------------------------------------------------------------

    var where = document.getElementById('new-where');
    var addButton = document.getElementById('add-comment');
    var newText = document.getElementById('new-text');
    var newCategory = document.getElementById('new-category');

    function select(file, first, last) {
      selection = { file: file, first: first, last: last };
      if (where) {
        where.textContent = 'On ' + file + ' ' + linesLabel(first, last);
        addButton.disabled = false;
      }
      highlightComments();
    }

    var form = document.getElementById('new-comment');
    if (form) {
      form.addEventListener('submit', function (e) {
        e.preventDefault();
        if (!selection) { return; }
        addButton.disabled = true;
        Onsite.api('POST', '/api/reviews/attempts/' + reviewId + '/comments', {
          file: selection.file,
          lines: [selection.first, selection.last],
          category: newCategory.value,
          text: newText.value
        }).then(function (comment) {
          comments.push(comment);
          newText.value = '';
          addButton.disabled = false;
          showError('');
          renderComments();
        }).catch(function (err) {
          addButton.disabled = false;
          showError('Not added: ' + err.message);
        });
      });
    }

    // ---- the comments: listed, edited (saved as typed), deleted -----------------------------

    var list = document.getElementById('comments');
    var template = document.getElementById('comment-template');
    var status = document.getElementById('save-status');
    var pending = {};       // comment id -> timer
    var saving = [];        // promises in flight

    function setStatus(text, state) {
      if (!status) { return; }
      status.textContent = text;
      status.dataset.state = state;
    }

    function save(comment) {
      delete pending[comment.id];
      setStatus('saving…', 'saving');
      var done = Onsite.api('PUT', '/api/reviews/attempts/' + reviewId + '/comments/' + comment.id,
          { category: comment.category, text: comment.text })
        .then(function () {
          setStatus('saved', 'saved');
          showError('');
        })
        .catch(function (e) {
          setStatus('not saved', 'failed');
          showError('Not saved: ' + e.message);
        });
      saving.push(done);
      done.then(function () { saving.splice(saving.indexOf(done), 1); });
      return done;
    }

    function scheduleSave(comment) {
      setStatus('editing…', 'editing');
      if (pending[comment.id]) { clearTimeout(pending[comment.id]); }
      pending[comment.id] = setTimeout(function () { save(comment); }, SAVE_DELAY_MS);
    }

    function flush() {
      Object.keys(pending).forEach(function (id) {
        clearTimeout(pending[id]);
        var comment = comments.filter(function (c) { return String(c.id) === id; })[0];
        if (comment) { save(comment); }
      });
      return Promise.all(saving.slice());
    }

    /** After submitting: what each comment did, by its position (the result numbers them). */
    var verdicts = {};
    document.querySelectorAll('li.defect').forEach(function (li) {
      var by = Number(li.dataset.caughtBy || 0);
      if (by > 0) { verdicts[by] = 'caught: ' + li.querySelector('strong').textContent; }
    });

    function renderComments() {
      list.textContent = '';
      comments.forEach(function (comment, i) {
        var item = template.content.firstElementChild.cloneNode(true);
        item.dataset.comment = String(comment.id);
        var whereButton = item.querySelector('.comment-where');
        whereButton.textContent = (i + 1) + '. ' + comment.file.replace(/^code\//, '') + ' ' +
            linesLabel(comment.lines[0], comment.lines[1]);
        whereButton.addEventListener('click', function () {
          show(comment.file, comment.lines[0], comment.lines[1]);
        });
        var category = item.querySelector('.comment-category');
        category.value = comment.category;
        var text = item.querySelector('.comment-text');
        text.value = comment.text;
        var remove = item.querySelector('.comment-delete');
        if (submitted) {
          category.disabled = true;
          text.readOnly = true;
          remove.hidden = true;
          var verdict = item.querySelector('.comment-verdict');
          verdict.hidden = false;
          verdict.textContent = verdicts[i + 1] || 'false alarm';
          verdict.classList.add(verdicts[i + 1] ? 'ok' : 'bad');
        } else {
          category.addEventListener('change', function () { comment.category = category.value; save(comment); });
          text.addEventListener('input', function () { comment.text = text.value; scheduleSave(comment); });
          remove.addEventListener('click', function () {
            remove.disabled = true;
            if (pending[comment.id]) { clearTimeout(pending[comment.id]); delete pending[comment.id]; }
            Onsite.api('DELETE', '/api/reviews/attempts/' + reviewId + '/comments/' + comment.id)
              .then(function () {
                comments = comments.filter(function (c) { return c.id !== comment.id; });
                renderComments();
              })
              .catch(function (e) { remove.disabled = false; showError(e.message); });
          });
        }
        list.appendChild(item);
      });
      document.getElementById('comment-count').textContent = String(comments.length);
      document.getElementById('no-comments').hidden = comments.length > 0;
      if (view) { view.decorate(); }
      highlightComments();
    }

    /** Mark the comments on the selected lines. */
    function highlightComments() {
      list.querySelectorAll('.comment').forEach(function (item) {
        var c = comments.filter(function (x) { return String(x.id) === item.dataset.comment; })[0];
        var on = c && selection && c.file === selection.file &&
            c.lines[0] <= selection.last && c.lines[1] >= selection.first;
        item.classList.toggle('active', !!on);
      });
      if (view && view.decorate && root.dataset.editor === 'lines') { view.decorate(); }
    }

    document.querySelectorAll('.show-lines').forEach(function (button) {
      button.addEventListener('click', function () {
        var li = button.closest('li');
        show(li.dataset.file, Number(li.dataset.first), Number(li.dataset.last));
        container.scrollIntoView({ block: 'nearest' });
      });
    });

    // ---- the countdown and submitting ---------------------------------------------------------

    var submitButton = document.getElementById('submit-review');

    function submit() {
      if (submitButton) { submitButton.disabled = true; }
      flush().then(function () {
        return Onsite.api('POST', '/api/reviews/attempts/' + reviewId + '/submit');
      }).then(function () {
        window.location.href = '/reviews/' + encodeURIComponent(packageId) + '?attempt=' + reviewId;
      }).catch(function (e) {
        if (submitButton) { submitButton.disabled = false; }
        showError(e.message);
      });
    }

    if (submitButton) { submitButton.addEventListener('click', submit); }

    var clock = document.getElementById('clock');
    if (!submitted && clock) {
      var deadline = Date.now() + Number(root.dataset.remaining) * 1000;
      var over = false;
      var tick = function () {
        var left = Math.max(0, Math.round((deadline - Date.now()) / 1000));
        clock.textContent = Math.floor(left / 60) + ':' + String(left % 60).padStart(2, '0');
        clock.classList.toggle('low', left <= 120);
        if (left === 0 && !over) {
          over = true;
          if (comments.length > 0) {
            showError('Time is up: submitting your review.');
            submit();
          } else {
            showError('Time is up. Add at least one comment, then submit.');
          }
        }
      };
      tick();
      window.setInterval(tick, 1000);
    }

    window.addEventListener('beforeunload', function (event) {
      if (Object.keys(pending).length > 0 || saving.length > 0) {
        flush();
        event.preventDefault();
      }
    });

    // ---- start ----------------------------------------------------------------------------------

    Onsite.api('GET', '/api/reviews/attempts/' + reviewId)
      .then(function (review) {
        comments = review.comments;
        renderComments();
      })
      .catch(function (e) { showError('Cannot load the comments: ' + e.message); });
    startMonaco();
  });
})();
