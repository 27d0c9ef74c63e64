// The story bank, practice mode and the deep-dive outline: forms saved as drafts while they are
// typed (PUT /api/drafts/KEY), so that nothing typed is lost across a reload or a restart. Each
// page's root gets data-ready="true" once its draft is loaded and its controls are wired.
(function () {
  'use strict';

  var SAVE_DELAY_MS = 700;

  /** Save what collect() returns under key, shortly after each call of the returned function. */
  function autosave(key, collect, status, errorLine) {
    var timer = null;
    var saving = null;
    var again = false;
    function save() {
      timer = null;
      if (saving) { again = true; return saving; }
      again = false;
      status.textContent = 'saving…';
      saving = Onsite.api('PUT', '/api/drafts/' + key, { body: JSON.stringify(collect()) })
        .then(function (saved) {
          status.textContent = 'draft saved ' + new Date(saved.savedAt).toLocaleTimeString();
          status.dataset.state = 'saved';
          if (errorLine) { errorLine.hidden = true; }
        })
        .catch(function (e) {
          status.textContent = 'draft not saved';
          status.dataset.state = 'failed';
          if (errorLine) { errorLine.textContent = 'Draft not saved: ' + e.message; errorLine.hidden = false; }
        })
        .then(function () { saving = null; if (again) { return save(); } });
      return saving;
    }
    var schedule = function () {
      status.textContent = 'editing…';
      status.dataset.state = 'editing';
      if (timer) { clearTimeout(timer); }
      timer = setTimeout(save, SAVE_DELAY_MS);
    };
    schedule.flush = function () {
      if (timer) { clearTimeout(timer); return save(); }
      return saving || Promise.resolve();
    };
    schedule.pending = function () { return timer !== null || saving !== null; };
    window.addEventListener('beforeunload', function (event) {
      if (schedule.pending()) { schedule.flush(); event.preventDefault(); }
    });
    return schedule;
  }

  function loadDraft(key) {
    return Onsite.api('GET', '/api/drafts/' + key).then(function (draft) {
      if (!draft || !draft.body) { return null; }
      try { return { value: JSON.parse(draft.body), savedAt: draft.savedAt }; } catch (e) { return null; }
    }).catch(function () { return null; });
  }

  function storyEditor(root) {
    var form = document.getElementById('story-form');
    var status = document.getElementById('save-status');
    var errorLine = document.getElementById('story-error');
    var key = root.dataset.draft;
    var storyId = root.dataset.story;
    var fields = ['title', 'situation', 'action', 'impact', 'learning'];

    function collect() {
      var out = {};
      fields.forEach(function (f) { out[f] = form.elements[f].value; });
      out.weak = form.elements.weak.checked;
      out.questions = checked('question');
      out.values = checked('value');
      return out;
    }
    function checked(name) {
      return Array.prototype.filter.call(form.querySelectorAll('input[name="' + name + '"]'),
        function (b) { return b.checked; }).map(function (b) { return b.value; });
    }
    function apply(value) {
      fields.forEach(function (f) { if (typeof value[f] === 'string') { form.elements[f].value = value[f]; } });
      form.elements.weak.checked = !!value.weak;
      ['question', 'value'].forEach(function (name) {
        var list = value[name === 'question' ? 'questions' : 'values'] || [];
        form.querySelectorAll('input[name="' + name + '"]').forEach(function (b) { b.checked = list.indexOf(b.value) >= 0; });
      });
    }
    function suggest() {
      var signals = {};
      form.querySelectorAll('input[name="question"]').forEach(function (b) {
        if (b.checked) { b.dataset.signals.split(' ').forEach(function (s) { signals[s] = true; }); }
      });
      form.querySelectorAll('input[name="value"]').forEach(function (b) {
        var match = (b.dataset.signals || '').split(' ').some(function (s) { return s && signals[s]; });
        var chip = b.parentNode.querySelector('.suggested');
        if (chip) { chip.hidden = !match; }
      });
    }
    function fail(message) { errorLine.textContent = message; errorLine.hidden = false; }

    var schedule = autosave(key, collect, status, errorLine);
    form.addEventListener('input', schedule);
    form.addEventListener('change', function () { suggest(); schedule(); });
    form.addEventListener('submit', function (e) { e.preventDefault(); });
    loadDraft(key).then(function (draft) {
      if (draft) {
        apply(draft.value);
        status.textContent = 'restored the draft saved ' + new Date(draft.savedAt).toLocaleString();
      }
      suggest();
      root.dataset.ready = 'true';
    });

    document.getElementById('save-story').addEventListener('click', function () {
      var body = collect();
      body.draftKey = key;
      schedule.flush().then(function () {
        return Onsite.api(storyId ? 'PUT' : 'POST', storyId ? '/api/stories/' + storyId : '/api/stories', body);
      }).then(function () {
        window.location.href = '/stories';
      }).catch(function (e) { fail(e.message); });
    });
    var del = document.getElementById('delete-story');
    if (del) {
      del.addEventListener('click', function () {
        if (!window.confirm('Delete this story?')) { return; }
        Onsite.api('DELETE', '/api/stories/' + storyId)
          .then(function () { return Onsite.api('DELETE', '/api/drafts/' + key); })
          .then(function () { window.location.href = '/stories'; })
          .catch(function (e) { fail(e.message); });
      });
    }
  }

  function practice(root) {
    var question = root.dataset.question;
    if (!question) { return; }
    var total = Number(root.dataset.seconds);
    var clock = document.getElementById('clock');
    var startButton = document.getElementById('start-timer');
    var notes = document.getElementById('practice-notes');
    var status = document.getElementById('practice-status');
    var started = null;
    var interval = null;
    function show(left) {
      var m = Math.floor(left / 60);
      var s = left % 60;
      clock.textContent = m + ':' + (s < 10 ? '0' : '') + s;
    }
    function elapsed() { return started ? Math.round((Date.now() - started) / 1000) : 0; }
    startButton.addEventListener('click', function () {
      started = Date.now();
      startButton.disabled = true;
      interval = setInterval(function () {
        var left = Math.max(0, total - elapsed());
        show(left);
        clock.classList.toggle('low', left <= 30);
        if (left === 0) { clearInterval(interval); clock.textContent = 'time'; }
      }, 250);
    });
    show(total);
    var draftKey = 'practice-' + question;
    // The notes carry the draft's state (data-state: editing, saved, failed); no status line.
    var saveStatus = { textContent: '', dataset: notes.dataset };
    var schedule = autosave(draftKey, function () { return { notes: notes.value }; }, saveStatus, null);
    notes.addEventListener('input', schedule);
    loadDraft(draftKey).then(function (draft) {
      if (draft && typeof draft.value.notes === 'string' && !notes.value) { notes.value = draft.value.notes; }
      root.dataset.ready = 'true';
    });
    document.querySelectorAll('[data-rating]').forEach(function (button) {
      button.addEventListener('click', function () {
        if (interval) { clearInterval(interval); }
        var body = { questionId: question, rating: Number(button.dataset.rating), seconds: elapsed(), notes: notes.value };
        schedule.flush().then(function () {
          return Onsite.api('POST', '/api/stories/practice', body);
        }).then(function () {
          return Onsite.api('DELETE', '/api/drafts/' + draftKey);
        }).then(function () {
          status.textContent = 'Kept: rated ' + body.rating + '/4 after ' + body.seconds + ' s.';
          status.classList.remove('warn');
          status.hidden = false;
        }).catch(function (e) {
          status.textContent = e.message;
          status.classList.add('warn');
          status.hidden = false;
        });
      });
    });
  }

  function outline(root) {
    var status = document.getElementById('save-status');
    var errorLine = document.getElementById('outline-error');
    var boxes = Array.prototype.slice.call(root.querySelectorAll('[data-field]'));
    function collect() {
      var out = {};
      boxes.forEach(function (b) { out[b.dataset.field] = b.value; });
      return out;
    }
    var schedule = autosave('deep-dive', collect, status, errorLine);
    boxes.forEach(function (b) { b.addEventListener('input', schedule); });
    loadDraft('deep-dive').then(function (draft) {
      if (draft) {
        boxes.forEach(function (b) {
          if (typeof draft.value[b.dataset.field] === 'string') { b.value = draft.value[b.dataset.field]; }
        });
        status.textContent = 'saved ' + new Date(draft.savedAt).toLocaleString();
      }
      root.dataset.ready = 'true';
    });
    // The drill: one follow-up at a time, at random, with what a good answer shows.
    var cards = Array.prototype.slice.call(document.querySelectorAll('.follow-up'));
    var next = document.getElementById('next-follow-up');
    if (next && cards.length) {
      var current = -1;
      next.addEventListener('click', function () {
        cards.forEach(function (c) { c.hidden = true; });
        var pick = current;
        while (cards.length > 1 && pick === current) { pick = Math.floor(Math.random() * cards.length); }
        current = pick < 0 ? 0 : pick;
        cards[current].hidden = false;
        next.textContent = 'Another follow-up';
      });
    }
  }

  document.addEventListener('DOMContentLoaded', function () {
    var editor = document.getElementById('story-editor');
    if (editor) { storyEditor(editor); }
    var drill = document.getElementById('practice');
    if (drill) { practice(drill); }
    var builder = document.getElementById('outline');
    if (builder) { outline(builder); }
  });
})();
