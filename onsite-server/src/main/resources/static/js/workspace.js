// The workspace page: the starter tree (visible tests and logs, never hidden tests) in a file tree,
// Monaco tabs with edits kept in localStorage per workspace, "Run tests" and "Submit" streamed
// into a terminal-like pane, the round's clock kept across reloads, and the submission history.
(function () {
  'use strict';

  var page = document.getElementById('workspace');
  if (!page) { return; }
  var id = page.getAttribute('data-workspace');
  var minutes = Number(page.getAttribute('data-minutes') || 0);
  var api = '/api/workspaces/' + encodeURIComponent(id);
  var storeKey = 'onsite:workspace:' + id + ':files';
  var clockKey = 'onsite:workspace:' + id + ':started';
  var tabsKey = 'onsite:workspace:' + id + ':tabs';

  var starter = {};     // path -> starter text (editable files)
  var logs = {};        // "logs/NAME" -> text (read only)
  var texts = {};       // path -> current text of every editable file
  var open = [];        // paths of the open tabs, in order
  var current = null;   // the path shown in the editor
  var editor = null;    // {show(path), text(path), set(path, text)}
  var busy = false;
  var source = null;

  var errorBox = document.getElementById('workspace-error');
  var tree = document.getElementById('file-tree');
  var tabs = document.getElementById('tabs');
  var runButton = document.getElementById('run-tests');
  var submitButton = document.getElementById('submit');
  var verdictEl = document.getElementById('verdict');
  var summaryEl = document.getElementById('result-summary');
  var output = document.getElementById('output');

  function showError(message) {
    errorBox.textContent = message;
    errorBox.hidden = !message;
  }

  // ---- stored edits -------------------------------------------------------------------------

  function loadStored() {
    try {
      var stored = JSON.parse(window.localStorage.getItem(storeKey) || '{}');
      return stored && typeof stored === 'object' ? stored : {};
    } catch (e) { return {}; }
  }

  /** Only the files that differ from the starter are kept (and sent). */
  function changedFiles() {
    var changed = {};
    Object.keys(texts).forEach(function (path) {
      if (texts[path] !== starter[path]) { changed[path] = texts[path]; }
    });
    return changed;
  }

  function save() {
    try { window.localStorage.setItem(storeKey, JSON.stringify(changedFiles())); } catch (e) { /* full */ }
    markModified();
  }

  function isModified(path) { return texts[path] !== undefined && texts[path] !== starter[path]; }

  function markModified() {
    document.querySelectorAll('[data-path]').forEach(function (el) {
      var mark = el.querySelector('.modified-mark');
      var modified = isModified(el.getAttribute('data-path'));
      if (modified && !mark) {
        mark = document.createElement('span');
        mark.className = 'modified-mark';
        mark.textContent = '●';
        mark.title = 'changed from the starter';
        (el.querySelector('.name') || el).after(mark);
      } else if (!modified && mark) {
        mark.remove();
      }
      el.classList.toggle('modified', modified);
    });
    var count = Object.keys(changedFiles()).length;
    page.setAttribute('data-modified', String(count));
  }

  // ---- the file tree and tabs ---------------------------------------------------------------

  function buildTree(paths) {
    var root = {};
    paths.forEach(function (path) {
      var node = root;
      var parts = path.split('/');
      parts.forEach(function (part, i) {
        if (i === parts.length - 1) {
          node[part] = path;
        } else {
          node[part] = typeof node[part] === 'object' ? node[part] : {};
          node = node[part];
        }
      });
    });
    tree.textContent = '';
    render(root, tree);
  }

  function render(node, into) {
    var names = Object.keys(node).sort(function (a, b) {
      var da = typeof node[a] === 'object';
      var db = typeof node[b] === 'object';
      return da === db ? a.localeCompare(b) : (da ? -1 : 1);
    });
    names.forEach(function (name) {
      var li = document.createElement('li');
      li.setAttribute('role', 'treeitem');
      if (typeof node[name] === 'object') {
        li.className = 'dir';
        var label = document.createElement('span');
        label.textContent = name + '/';
        li.appendChild(label);
        var ul = document.createElement('ul');
        ul.setAttribute('role', 'group');
        render(node[name], ul);
        li.appendChild(ul);
      } else {
        var path = node[name];
        var button = document.createElement('button');
        button.type = 'button';
        button.className = 'file';
        button.setAttribute('data-path', path);
        var text = document.createElement('span');
        text.className = 'name';
        text.textContent = name;
        button.appendChild(text);
        if (visibleTests[path]) { button.appendChild(tag('test')); }
        if (logs[path] !== undefined) { button.appendChild(tag('log')); }
        button.addEventListener('click', function () { openFile(path); });
        li.appendChild(button);
      }
      into.appendChild(li);
    });
  }

  function tag(text) {
    var span = document.createElement('span');
    span.className = 'tag';
    span.textContent = text;
    return span;
  }

  var visibleTests = {};

  function openFile(path) {
    if (texts[path] === undefined && logs[path] === undefined) { return; }
    if (open.indexOf(path) < 0) { open.push(path); }
    current = path;
    renderTabs();
    tree.querySelectorAll('button.file').forEach(function (b) {
      b.classList.toggle('active', b.getAttribute('data-path') === path);
    });
    if (editor) { editor.show(path); }
    page.setAttribute('data-open', path);
  }

  function closeTab(path) {
    open = open.filter(function (p) { return p !== path; });
    if (current === path) {
      current = open.length ? open[open.length - 1] : null;
    }
    renderTabs();
    if (current) { openFile(current); } else if (editor) { editor.show(null); }
  }

  function renderTabs() {
    try { window.localStorage.setItem(tabsKey, JSON.stringify({ open: open, current: current })); } catch (e) { /* full */ }
    tabs.textContent = '';
    open.forEach(function (path) {
      var tab = document.createElement('div');
      tab.className = 'file-tab';
      tab.setAttribute('role', 'tab');
      tab.setAttribute('data-path', path);
      tab.setAttribute('aria-selected', String(path === current));
      tab.title = path;
      var name = document.createElement('span');
      name.className = 'name';
      name.textContent = path.substring(path.lastIndexOf('/') + 1);
      tab.appendChild(name);
      var close = document.createElement('button');
      close.type = 'button';
      close.className = 'close';
      close.setAttribute('aria-label', 'Close ' + path);
      close.textContent = '×';
      close.addEventListener('click', function (e) { e.stopPropagation(); closeTab(path); });
      tab.appendChild(close);
      tab.addEventListener('click', function () { openFile(path); });
      tabs.appendChild(tab);
    });
    markModified();
  }

  // ---- the editor: Monaco, or a plain text area when Monaco cannot load ---------------------

  function languageOf(path) {
    if (/\.py$/.test(path)) { return 'python'; }
    if (/\.java$/.test(path)) { return 'java'; }
    if (/\.(ya?ml)$/.test(path)) { return 'yaml'; }
    if (/\.json$/.test(path)) { return 'json'; }
    if (/\.md$/.test(path)) { return 'markdown'; }
    return 'plaintext';
  }

  function contentOf(path) { return texts[path] !== undefined ? texts[path] : (logs[path] || ''); }

  var saveSoon = window.Onsite.debounce(save, 300);

  function startMonaco() {
    Onsite.loadMonaco(function (monaco) {
      if (editor) { return; }
      var dark = window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches;
      var models = {};
      var instance = monaco.editor.create(document.getElementById('editor'), {
        model: null,
        theme: dark ? 'vs-dark' : 'vs',
        automaticLayout: true,
        fontSize: 14,
        minimap: { enabled: false },
        scrollBeyondLastLine: false,
        tabSize: 4,
        insertSpaces: true,
        fixedOverflowWidgets: true
      });
      instance.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, function () { judge('run'); });
      instance.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyMod.Shift | monaco.KeyCode.Enter,
          function () { judge('submit'); });
      function model(path) {
        if (!models[path]) {
          models[path] = monaco.editor.createModel(contentOf(path), languageOf(path),
              monaco.Uri.parse('file:///' + path));
          models[path].onDidChangeContent(function () {
            if (texts[path] !== undefined) {
              texts[path] = models[path].getValue();
              saveSoon();
            }
          });
        }
        return models[path];
      }
      editor = {
        show: function (path) {
          instance.setModel(path ? model(path) : null);
          instance.updateOptions({ readOnly: !path || texts[path] === undefined });
        },
        set: function (path, text) {
          if (models[path]) { models[path].setValue(text); } else { texts[path] = text; save(); }
        }
      };
      window.onsiteEditor = instance;
      if (current) { editor.show(current); }
      page.setAttribute('data-editor', 'monaco');
    }, useFallback);
  }

  function useFallback() {
    if (editor) { return; }
    var area = document.getElementById('fallback-editor');
    document.getElementById('editor').hidden = true;
    area.hidden = false;
    area.addEventListener('input', function () {
      if (current && texts[current] !== undefined) {
        texts[current] = area.value;
        saveSoon();
      }
    });
    editor = {
      show: function (path) {
        area.value = path ? contentOf(path) : '';
        area.readOnly = !path || texts[path] === undefined;
      },
      set: function (path, text) {
        texts[path] = text;
        if (path === current) { area.value = text; }
        save();
      }
    };
    if (current) { editor.show(current); }
    page.setAttribute('data-editor', 'textarea');
  }

  document.getElementById('reset-file').addEventListener('click', function () {
    if (!current || texts[current] === undefined || !isModified(current)) { return; }
    if (window.confirm('Put the starter version of ' + current + ' back? Your edits to it are lost.')) {
      setText(current, starter[current]);
    }
  });

  function setText(path, text) {
    if (texts[path] === undefined) { throw new Error('no editable file ' + path); }
    if (editor) { editor.set(path, text); } else { texts[path] = text; }
    save();
  }

  // The page's own hook, for tests and for pasting a whole file from elsewhere.
  window.onsiteWorkspace = {
    open: openFile,
    text: function (path) { return texts[path]; },
    setText: setText,
    changed: changedFiles
  };

  // ---- the round's clock --------------------------------------------------------------------

  var clock = document.getElementById('clock');

  function startedAt() {
    var stored = null;
    try { stored = Number(window.localStorage.getItem(clockKey)); } catch (e) { stored = null; }
    if (!stored) {
      stored = Date.now();
      try { window.localStorage.setItem(clockKey, String(stored)); } catch (e) { /* full */ }
    }
    return stored;
  }

  var started = startedAt();

  function tick() {
    var left = Math.round((started + minutes * 60000 - Date.now()) / 1000);
    var over = left <= 0;
    var shown = Math.max(0, left);
    clock.textContent = over ? 'Time is up' : window.Onsite.clock(shown);
    clock.classList.toggle('over', over);
  }

  document.getElementById('restart-clock').addEventListener('click', function () {
    started = Date.now();
    try { window.localStorage.setItem(clockKey, String(started)); } catch (e) { /* full */ }
    tick();
  });
  tick();
  window.setInterval(tick, 1000);

  // ---- judging ------------------------------------------------------------------------------

  function setVerdict(text, kind) {
    verdictEl.textContent = text;
    verdictEl.className = 'verdict ' + kind;
  }

  function setBusy(value) {
    busy = value;
    runButton.disabled = value;
    submitButton.disabled = value;
  }

  function line(text, kind) {
    var div = document.createElement('div');
    div.className = 'line ' + (kind || '');
    div.textContent = text;
    output.appendChild(div);
    output.scrollTop = output.scrollHeight;
    return div;
  }

  function judge(mode) {
    if (busy || page.getAttribute('data-loaded') !== 'true') { return; }
    save();
    setBusy(true);
    showError('');
    output.textContent = '';
    page.removeAttribute('data-verdict');
    setVerdict(mode === 'run' ? 'Running' : 'Submitting', 'pending');
    summaryEl.textContent = 'Sending…';
    var changed = changedFiles();
    line('$ ' + (mode === 'run' ? 'run the visible tests' : 'submit: every test, hidden ones too')
        + ' · ' + Object.keys(changed).length + ' changed file(s)', 'info');
    window.Onsite.api('POST', api + '/submissions',
        { files: changed, deleted: [], mode: mode, transcript: conversation })
        .then(function (submission) {
          page.setAttribute('data-submission', submission.id);
          status(submission.status, submission.position);
          follow(submission.id);
        })
        .catch(function (error) {
          setBusy(false);
          setVerdict('Not sent', 'bad');
          summaryEl.textContent = '';
          showError(error.message);
          line(error.message, 'fail');
        });
  }

  function follow(submissionId) {
    if (source) { source.close(); }
    source = window.Onsite.followSubmission(submissionId, {
      status: function (data) { status(data.status, data.position); },
      test: testLine,
      done: function (submission, fetched) {
        source = null;
        finish(submission, fetched);
      },
      lost: function (error) {
        setBusy(false);
        setVerdict('Lost', 'bad');
        showError(error.message);
      }
    });
  }

  var shownTests = {};

  function status(state, position) {
    if (state === 'queued') {
      setVerdict('Queued', 'pending');
      summaryEl.textContent = position > 1 ? 'Waiting: ' + position + ' in the queue' : 'Waiting: next in the queue';
    } else if (state === 'running') {
      setVerdict('Running', 'pending');
      summaryEl.textContent = 'Running the tests in the sandbox…';
      if (!shownTests.running) { shownTests.running = true; line('running the tests in the sandbox…', 'info'); }
    }
  }

  function testLine(test) {
    if (shownTests[test.name]) { return; }
    shownTests[test.name] = true;
    var passed = test.verdict === 'AC';
    var div = line((passed ? 'PASS ' : 'FAIL ') + test.name + (test.visible ? '' : '  (hidden)'),
        passed ? 'pass' : 'fail');
    div.classList.add('test');
    div.setAttribute('data-test', test.name);
    div.setAttribute('data-verdict', test.verdict);
    if (test.message && !passed) {
      var pre = document.createElement('pre');
      pre.textContent = test.message;
      div.appendChild(pre);
    }
  }

  function finish(submission, replay) {
    submission.tests.forEach(testLine);
    shownTests = {};
    setBusy(false);
    var accepted = submission.verdict === 'AC';
    setVerdict(submission.verdict + (submission.verdictText ? ' · ' + submission.verdictText : ''),
        accepted ? 'ok' : 'bad');
    page.setAttribute('data-verdict', submission.verdict);
    page.setAttribute('data-mode', submission.mode);
    var passed = submission.tests.filter(function (t) { return t.verdict === 'AC'; }).length;
    summaryEl.textContent = passed + ' of ' + submission.tests.length + ' tests pass'
        + (submission.mode === 'run' ? ' · visible tests only' : '')
        + (submission.mode === 'submit' && submission.score !== null ? ' · score ' + Math.round(submission.score) : '');
    if (submission.message) { line(submission.message, accepted ? 'pass' : 'info'); }
    line((accepted ? 'AC' : submission.verdict) + (replay ? ' (fetched)' : ''), accepted ? 'pass' : 'fail');
    loadHistory();
  }

  runButton.addEventListener('click', function () { judge('run'); });
  submitButton.addEventListener('click', function () { judge('submit'); });
  document.addEventListener('keydown', function (e) {
    if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') {
      e.preventDefault();
      judge(e.shiftKey ? 'submit' : 'run');
    }
  });

  // ---- history ------------------------------------------------------------------------------

  var historyTable = document.getElementById('history');

  function loadHistory() {
    window.Onsite.api('GET', api + '/submissions').then(function (list) {
      var tbody = historyTable.querySelector('tbody');
      tbody.textContent = '';
      historyTable.hidden = list.length === 0;
      document.getElementById('history-empty').hidden = list.length > 0;
      list.forEach(function (s) {
        var tr = document.createElement('tr');
        tr.setAttribute('data-submission', s.id);
        tr.setAttribute('data-verdict', s.verdict || '');
        tr.appendChild(cell('#' + s.id));
        tr.appendChild(cell(s.mode));
        tr.appendChild(cell(s.verdict || s.status));
        tr.appendChild(cell(s.score === null || s.score === undefined ? '' : String(Math.round(s.score)), 'num'));
        tr.appendChild(cell(s.createdAt ? new Date(s.createdAt).toLocaleString(undefined,
            { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' }) : ''));
        var td = document.createElement('td');
        var a = document.createElement('a');
        a.className = 'changes-link';
        a.href = '/workspaces/' + encodeURIComponent(id) + '/submissions/' + s.id;
        a.textContent = 'diff';
        td.appendChild(a);
        tr.appendChild(td);
        tbody.appendChild(tr);
      });
    }).catch(function (error) { showError(error.message); });
  }

  function cell(text, className) {
    var td = document.createElement('td');
    td.textContent = text;
    if (className) { td.className = className; }
    return td;
  }

  // ---- the assistant (ai-assisted rounds) ---------------------------------------------------
  // Sends only when the server has an endpoint configured; the conversation is kept per workspace
  // and stored with each run or submit.

  var panel = document.getElementById('assistant');
  var chatKey = 'onsite:workspace:' + id + ':chat';
  var conversation = [];

  function renderChat() {
    var list = document.getElementById('chat');
    list.textContent = '';
    conversation.forEach(function (m) { list.appendChild(chatItem(m.role, m.content)); });
    list.scrollTop = list.scrollHeight;
  }

  function chatItem(role, content) {
    var li = document.createElement('li');
    li.className = 'chat-' + role;
    var who = document.createElement('span');
    who.className = 'chat-who';
    who.textContent = role === 'user' ? 'You' : (role === 'assistant' ? 'Assistant' : 'Not sent');
    var pre = document.createElement('pre');
    pre.textContent = content;
    li.appendChild(who);
    li.appendChild(pre);
    return li;
  }

  function saveChat() {
    try { window.localStorage.setItem(chatKey, JSON.stringify(conversation)); } catch (e) { /* full */ }
  }

  function startAssistant() {
    if (!panel) { return; }
    try { conversation = JSON.parse(window.localStorage.getItem(chatKey) || '[]') || []; } catch (e) { conversation = []; }
    var select = document.getElementById('chat-file');
    Object.keys(texts).sort().forEach(function (path) {
      var option = document.createElement('option');
      option.value = path;
      option.textContent = path;
      select.appendChild(option);
    });
    renderChat();
    var input = document.getElementById('chat-input');
    var send = document.getElementById('chat-send');
    document.getElementById('chat-form').addEventListener('submit', function (e) {
      e.preventDefault();
      var question = input.value.trim();
      if (!question || panel.getAttribute('data-connected') !== 'true' || send.disabled) { return; }
      var file = select.value;
      conversation.push({ role: 'user', content: question });
      renderChat();
      input.value = '';
      send.disabled = true;
      window.Onsite.api('POST', api + '/assistant', {
        messages: conversation, file: file || null, text: file ? texts[file] : null
      }).then(function (answer) {
        conversation.push({ role: 'assistant', content: answer.reply });
        saveChat();
        renderChat();
      }).catch(function (error) {
        // The question was not answered: take it back, so that it can be sent again.
        conversation.pop();
        renderChat();
        input.value = question;
        document.getElementById('chat').appendChild(chatItem('error', error.message));
      }).then(function () { send.disabled = false; });
    });
    document.getElementById('chat-clear').addEventListener('click', function () {
      conversation = [];
      saveChat();
      renderChat();
    });
  }

  // ---- start --------------------------------------------------------------------------------

  window.Onsite.api('GET', api).then(function (data) {
    var stored = loadStored();
    Object.keys(data.files).forEach(function (path) {
      starter[path] = data.files[path];
      texts[path] = typeof stored[path] === 'string' ? stored[path] : data.files[path];
    });
    (data.visibleTests || []).forEach(function (path) { visibleTests[path] = true; });
    Object.keys(data.logs || {}).forEach(function (name) { logs['logs/' + name] = data.logs[name]; });
    buildTree(Object.keys(texts).concat(Object.keys(logs)));
    var shown = {};
    try { shown = JSON.parse(window.localStorage.getItem(tabsKey) || '{}') || {}; } catch (e) { shown = {}; }
    var reopen = (shown.open || []).filter(function (p) { return texts[p] !== undefined || logs[p] !== undefined; });
    if (reopen.length) {
      open = reopen;
      openFile(reopen.indexOf(shown.current) >= 0 ? shown.current : reopen[0]);
    } else {
      // The first file with code in it that is not a test: where the reading starts.
      var paths = Object.keys(texts).sort();
      var first = paths.filter(function (p) { return !visibleTests[p] && texts[p].trim(); })[0] || paths[0];
      if (first) { openFile(first); }
    }
    startAssistant();
    page.setAttribute('data-loaded', 'true');
    startMonaco();
    loadHistory();
  }).catch(function (error) {
    setBusy(true);
    showError(error.message);
  });
})();
