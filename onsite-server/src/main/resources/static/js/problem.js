// The problem page: the Monaco editor with starter code and drafts, run and submit, the verdict
// streamed live per test (server-sent events), levels unlocking, exam mode and practice time.
(function () {
  'use strict';

  var page = document.getElementById('workbench');
  if (!page) { return; }
  var problemId = page.getAttribute('data-problem-id');
  var levelsPassed = Number(page.getAttribute('data-levels-passed') || 0);
  var levelCount = Number(page.getAttribute('data-levels') || 1);
  var languageSelect = document.getElementById('language');
  var runButton = document.getElementById('run');
  var submitButton = document.getElementById('submit');
  var editor = null;          // {getValue, setValue, setLanguage, focus}
  var busy = false;
  var examOver = false;
  var noFeedback = false;     // a mock round that runs no code: no Run, results after the round
  var source = null;          // the submission being followed ({close})
  var debounce = window.Onsite.debounce;

  // ---- starters and drafts ----------------------------------------------------------------

  var starters = {};
  document.querySelectorAll('textarea.starter').forEach(function (t) {
    starters[t.getAttribute('data-language')] = t.value;
  });

  function draftKey(language) { return 'onsite:draft:' + problemId + ':' + language; }

  function initialCode(language) {
    var draft = null;
    try { draft = window.localStorage.getItem(draftKey(language)); } catch (e) { draft = null; }
    return draft !== null ? draft : (starters[language] || '');
  }

  function saveDraft() {
    if (!editor) { return; }
    try { window.localStorage.setItem(draftKey(languageSelect.value), editor.getValue()); } catch (e) { /* full */ }
  }

  var preferred = null;
  try { preferred = window.localStorage.getItem('onsite:language'); } catch (e) { preferred = null; }
  if (preferred && starters[preferred] !== undefined) { languageSelect.value = preferred; }

  // ---- the editor: Monaco, or a plain text area when Monaco cannot load -------------------

  function monacoLanguage(language) {
    return language === 'python' || language === 'sql' ? language : 'java';
  }

  function useFallback() {
    if (editor) { return; }
    var area = document.getElementById('fallback-editor');
    document.getElementById('editor').hidden = true;
    area.hidden = false;
    area.value = initialCode(languageSelect.value);
    area.addEventListener('input', debounce(saveDraft, 400));
    area.addEventListener('keydown', function (e) {
      if (e.key === 'Tab') {
        e.preventDefault();
        var s = area.selectionStart;
        area.setRangeText('    ', s, area.selectionEnd, 'end');
      }
    });
    editor = {
      getValue: function () { return area.value; },
      setValue: function (v) { area.value = v; },
      setLanguage: function () {},
      focus: function () { area.focus(); }
    };
    page.setAttribute('data-editor', 'textarea');
  }

  function startMonaco() {
    Onsite.loadMonaco(function (monaco) {
      if (editor) { return; }
      var dark = window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches;
      var instance = monaco.editor.create(document.getElementById('editor'), {
        value: initialCode(languageSelect.value),
        language: monacoLanguage(languageSelect.value),
        theme: dark ? 'vs-dark' : 'vs',
        automaticLayout: true,
        fontSize: 14,
        minimap: { enabled: false },
        scrollBeyondLastLine: false,
        tabSize: 4,
        insertSpaces: true,
        renderWhitespace: 'selection',
        fixedOverflowWidgets: true
      });
      instance.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, function () { judge('run'); });
      instance.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyMod.Shift | monaco.KeyCode.Enter,
          function () { judge('submit'); });
      instance.onDidChangeModelContent(debounce(saveDraft, 400));
      editor = {
        getValue: function () { return instance.getValue(); },
        setValue: function (v) { instance.setValue(v); },
        setLanguage: function (language) {
          monaco.editor.setModelLanguage(instance.getModel(), monacoLanguage(language));
        },
        focus: function () { instance.focus(); }
      };
      window.onsiteEditor = instance;
      page.setAttribute('data-editor', 'monaco');
    }, useFallback);
  }

  languageSelect.addEventListener('change', function () {
    var previous = languageSelect.getAttribute('data-current');
    if (editor && previous) {
      try { window.localStorage.setItem(draftKey(previous), editor.getValue()); } catch (e) { /* full */ }
    }
    languageSelect.setAttribute('data-current', languageSelect.value);
    try { window.localStorage.setItem('onsite:language', languageSelect.value); } catch (e) { /* full */ }
    if (editor) {
      editor.setLanguage(languageSelect.value);
      editor.setValue(initialCode(languageSelect.value));
    }
  });
  languageSelect.setAttribute('data-current', languageSelect.value);

  document.getElementById('reset-code').addEventListener('click', function () {
    if (editor && window.confirm('Put the starter code back? Your code in this language is replaced.')) {
      editor.setValue(starters[languageSelect.value] || '');
      saveDraft();
    }
  });

  // ---- judging -----------------------------------------------------------------------------

  var verdictEl = document.getElementById('verdict');
  var summaryEl = document.getElementById('result-summary');
  var table = document.getElementById('test-table');
  var tbody = table.querySelector('tbody');
  var compileBox = document.getElementById('compile-output');
  var levelsBox = document.getElementById('levels-output');
  var rows = {};
  var started = 0;
  var mode = 'run';

  function setVerdict(text, kind) {
    verdictEl.textContent = text;
    verdictEl.className = 'verdict ' + kind;
  }

  function reset(newMode) {
    mode = newMode;
    rows = {};
    tbody.textContent = '';
    table.hidden = true;
    compileBox.hidden = true;
    levelsBox.hidden = true;
    levelsBox.textContent = '';
    started = Date.now();
  }

  function setBusy(value) {
    busy = value;
    runButton.disabled = value || examOver;
    submitButton.disabled = value || examOver;
  }

  function judge(newMode) {
    if (busy || examOver || !editor) { return; }
    if (newMode === 'run' && noFeedback) {
      toast('This round gives no test feedback: submit when you are done.');
      return;
    }
    var code = editor.getValue();
    if (!code.trim()) {
      toast('Write some code first.');
      return;
    }
    saveDraft();
    reset(newMode);
    setBusy(true);
    setVerdict(newMode === 'run' ? 'Running' : 'Submitting', 'pending');
    summaryEl.textContent = 'Sending…';
    window.Onsite.api('POST', '/api/problems/' + encodeURIComponent(problemId) + '/submissions', {
      language: languageSelect.value, source: code, mode: newMode
    }).then(function (submission) {
      page.setAttribute('data-submission', submission.id);
      showStatus(submission.status, submission.position);
      follow(submission.id);
    }).catch(function (error) {
      setBusy(false);
      setVerdict('Not sent', 'bad');
      summaryEl.textContent = error.message;
    });
  }

  function follow(id) {
    if (source) { source.close(); }
    source = window.Onsite.followSubmission(id, {
      status: function (data) { showStatus(data.status, data.position); },
      compiled: function (data) {
        if (!data.ok) {
          showCompile(data.message);
        } else {
          summaryEl.textContent = 'Compiled; running tests…';
        }
      },
      test: addRow,
      done: function (submission, fetched) {
        source = null;
        if (fetched) { submission.tests.forEach(addRow); }
        finish(submission);
      },
      lost: function (error) {
        setBusy(false);
        setVerdict('Lost', 'bad');
        summaryEl.textContent = error.message;
      }
    });
  }

  function showStatus(status, position) {
    if (status === 'queued') {
      setVerdict('Queued', 'pending');
      summaryEl.textContent = position > 1
          ? 'Waiting: ' + ordinal(position) + ' in the queue'
          : 'Waiting: next in the queue';
    } else if (status === 'running') {
      setVerdict('Judging', 'pending');
      summaryEl.textContent = 'Compiling and running…';
    }
  }

  function showCompile(message) {
    compileBox.hidden = false;
    compileBox.querySelector('pre').textContent = message || 'The code did not compile.';
  }

  function addRow(row) {
    table.hidden = false;
    var existing = rows[row.position];
    var tr = document.createElement('tr');
    tr.className = 'test-row ' + (row.verdict === 'AC' ? 'ok' : 'bad');
    tr.setAttribute('data-test', row.name);
    tr.setAttribute('data-verdict', row.verdict);
    tr.appendChild(cell(row.name, 'test-name', row.visible ? null : 'hidden'));
    var verdictCell = document.createElement('td');
    var badge = document.createElement('span');
    badge.className = 'badge ' + (row.verdict === 'AC' ? 'ok' : (row.verdict === 'SK' ? 'skip' : 'bad'));
    badge.textContent = row.verdict;
    verdictCell.appendChild(badge);
    tr.appendChild(verdictCell);
    tr.appendChild(cell(row.timeMs + ' ms', 'num'));
    tr.appendChild(cell(Math.round(row.memoryKb / 1024) + ' MiB', 'num'));
    var messageRow = null;
    if (row.message && row.verdict !== 'AC') {
      messageRow = document.createElement('tr');
      messageRow.className = 'message-row';
      var td = document.createElement('td');
      td.colSpan = 4;
      var pre = document.createElement('pre');
      pre.textContent = row.message;
      td.appendChild(pre);
      messageRow.appendChild(td);
    }
    if (existing) {
      existing.row.replaceWith(tr);
      if (existing.message) { existing.message.remove(); }
    } else {
      // Keep rows in judging order even if they arrive out of order.
      var after = null;
      Object.keys(rows).map(Number).sort(function (a, b) { return a - b; }).forEach(function (p) {
        if (p < row.position) { after = rows[p]; }
      });
      var anchor = after ? (after.message || after.row) : null;
      if (anchor) { anchor.after(tr); } else { tbody.prepend(tr); }
    }
    if (messageRow) { tr.after(messageRow); }
    rows[row.position] = { row: tr, message: messageRow };
    var count = Object.keys(rows).length;
    summaryEl.textContent = count + (count === 1 ? ' test' : ' tests') + ' judged…';
  }

  function cell(text, className, title) {
    var td = document.createElement('td');
    td.textContent = text;
    if (className) { td.className = className; }
    if (title) {
      var tag = document.createElement('span');
      tag.className = 'hidden-tag';
      tag.textContent = title;
      td.appendChild(tag);
    }
    return td;
  }

  function finish(submission) {
    setBusy(false);
    if (submission.withheld) {
      setVerdict('Submitted', 'pending');
      page.setAttribute('data-verdict', 'submitted');
      summaryEl.textContent = submission.message;
      return;
    }
    var accepted = submission.verdict === 'AC';
    setVerdict(submission.verdict + ' · ' + submission.verdictText, accepted ? 'ok' : 'bad');
    page.setAttribute('data-verdict', submission.verdict);
    if (submission.compileOk === false) {
      showCompile(submission.message);
    } else if (submission.message && submission.verdict === 'JE') {
      showCompile(submission.message);
    }
    var passed = submission.tests.filter(function (t) { return t.verdict === 'AC'; }).length;
    var seconds = ((Date.now() - started) / 1000).toFixed(1);
    var summary = passed + ' of ' + submission.tests.length + ' tests passed';
    if (submission.mode === 'submit' && submission.score !== null) {
      summary += ' · score ' + Math.round(submission.score);
    }
    summaryEl.textContent = summary + ' · ' + seconds + ' s'
        + (submission.mode === 'run' ? ' · visible tests only' : '');
    if (submission.levels && submission.levels.length > 1) {
      levelsBox.hidden = false;
      levelsBox.textContent = '';
      submission.levels.forEach(function (level, i) {
        var chip = document.createElement('span');
        chip.className = 'level-chip ' + (level.passed ? 'ok' : '');
        chip.textContent = 'Level ' + (i + 1) + ': ' + level.testsPassed + '/' + level.testsTotal;
        levelsBox.appendChild(chip);
      });
    }
    if (submission.mode === 'submit') {
      var newlyPassed = submission.levelsPassed || 0;
      if (levelCount > 1 && newlyPassed > levelsPassed) {
        levelsPassed = newlyPassed;
        refreshStatement(newlyPassed < levelCount
            ? 'Level ' + newlyPassed + ' passed: level ' + (newlyPassed + 1) + ' is unlocked.'
            : 'Every level passed: solved!');
      } else if (accepted) {
        toast('Accepted: solved!');
      }
      var chip = document.getElementById('status-chip');
      if (accepted) {
        chip.textContent = 'solved';
        chip.className = 'chip status solved';
      } else if (chip.textContent === 'new') {
        chip.textContent = 'attempted';
        chip.className = 'chip status attempted';
      }
    }
  }

  function refreshStatement(message) {
    fetch('/problems/' + encodeURIComponent(problemId) + '/statement', { credentials: 'same-origin' })
        .then(function (r) { return r.text(); })
        .then(function (html) {
          var holder = document.createElement('div');
          holder.innerHTML = html;
          var fresh = holder.querySelector('#statement');
          if (fresh) {
            document.getElementById('statement').replaceWith(fresh);
            if (window.OnsiteMath) { window.OnsiteMath.typeset(fresh); }
          }
          page.setAttribute('data-levels-passed', String(levelsPassed));
          toast(message);
        });
  }

  runButton.addEventListener('click', function () { judge('run'); });
  submitButton.addEventListener('click', function () { judge('submit'); });
  document.addEventListener('keydown', function (e) {
    if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') {
      e.preventDefault();
      judge(e.shiftKey ? 'submit' : 'run');
    }
  });

  // ---- exam mode ---------------------------------------------------------------------------

  var examBar = document.getElementById('exam-bar');
  var examClock = document.getElementById('exam-clock');
  var examNote = document.getElementById('exam-note');
  var examStart = document.getElementById('exam-start');
  var examTimer = null;
  var examUrl = '/api/problems/' + encodeURIComponent(problemId) + '/exam';

  var examFeedback = document.getElementById('exam-feedback');
  var examEnd = document.getElementById('exam-end');

  // A round without feedback hides Run, the per-test rows and End exam (the round ends on its mock
  // loop page); the server refuses runs and holds results back too, this only says so.
  function setNoFeedback(value) {
    var ended = noFeedback && !value;
    noFeedback = value;
    runButton.hidden = value;
    examFeedback.hidden = !value;
    examEnd.hidden = value;
    if (value) { table.hidden = true; }
    if (ended) { revealLast(); }
  }

  // Once such a round is over, show the result of the submission made during it.
  function revealLast(tries) {
    var id = page.getAttribute('data-submission');
    if (!id || busy) { return; }
    window.Onsite.api('GET', '/api/submissions/' + encodeURIComponent(id)).then(function (s) {
      if (s.withheld && (tries || 0) < 3) {
        // This clock may run a little ahead of the server's.
        window.setTimeout(function () { revealLast((tries || 0) + 1); }, 2000);
        return;
      }
      if (s.status !== 'done' || s.withheld) { return; }
      reset(s.mode);
      s.tests.forEach(addRow);
      finish(s);
    }).catch(function () { /* the next look shows it */ });
  }

  function showExam(exam) {
    if (examTimer) { window.clearInterval(examTimer); examTimer = null; }
    if (!exam || exam.endedAt) {
      examBar.hidden = true;
      examStart.hidden = false;
      examOver = false;
      setNoFeedback(false);
      setBusy(busy);
      return;
    }
    setNoFeedback(exam.noFeedback && exam.running);
    examBar.hidden = false;
    examStart.hidden = true;
    var end = Date.now() + exam.remainingSeconds * 1000;
    var tick = function () {
      var left = Math.max(0, Math.round((end - Date.now()) / 1000));
      examClock.textContent = window.Onsite.clock(left);
      examBar.classList.toggle('urgent', left < 300);
      if (left === 0) {
        examOver = true;
        examNote.textContent = 'Time is up: your last submission counts.';
        setNoFeedback(false);
        setBusy(busy);
        if (examTimer) { window.clearInterval(examTimer); examTimer = null; }
      }
    };
    examOver = false;
    examNote.textContent = '';
    tick();
    if (!examOver) { examTimer = window.setInterval(tick, 1000); }
  }

  examStart.addEventListener('click', function () {
    window.Onsite.api('POST', examUrl).then(showExam).catch(function (e) { toast(e.message); });
  });
  examEnd.addEventListener('click', function () {
    window.Onsite.api('DELETE', examUrl).then(function () { showExam(null); })
        .catch(function (e) { toast(e.message); });
  });
  window.Onsite.api('GET', examUrl).then(showExam).catch(function () { /* no exam */ });

  // ---- practice time -----------------------------------------------------------------------

  window.setInterval(function () {
    if (document.visibilityState === 'visible') {
      window.Onsite.api('POST', '/api/activity/heartbeat', { problemId: problemId })
          .catch(function () { /* best effort */ });
    }
  }, 30000);

  // ---- load an earlier attempt (?from=ID) -------------------------------------------------

  function loadEarlier() {
    var from = new URLSearchParams(window.location.search).get('from');
    if (!from) { return; }
    window.Onsite.api('GET', '/api/submissions/' + encodeURIComponent(from)).then(function (s) {
      if (s.problemId !== problemId || !editor) { return; }
      if (starters[s.language] !== undefined) {
        languageSelect.value = s.language;
        languageSelect.setAttribute('data-current', s.language);
        editor.setLanguage(s.language);
      }
      editor.setValue(s.source);
      toast('Loaded submission #' + s.id + ' into the editor.');
    }).catch(function (e) { toast(e.message); });
  }

  // ---- helpers -----------------------------------------------------------------------------

  var toastTimer = null;
  function toast(message) {
    var el = document.getElementById('toast');
    el.textContent = message;
    el.hidden = false;
    if (toastTimer) { window.clearTimeout(toastTimer); }
    toastTimer = window.setTimeout(function () { el.hidden = true; }, 5000);
  }


  function ordinal(n) {
    var s = ['th', 'st', 'nd', 'rd'];
    var v = n % 100;
    return n + (s[(v - 20) % 10] || s[v] || s[0]);
  }

  startMonaco();
  var waitForEditor = window.setInterval(function () {
    if (editor) {
      window.clearInterval(waitForEditor);
      loadEarlier();
    }
  }, 100);
})();
