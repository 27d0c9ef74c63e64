// The progress page's charts, drawn with ECharts from /api/progress. The tables on the page say
// the same in words, so the page stays useful where scripts do not run.
(function () {
  'use strict';

  function dark() {
    return window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches;
  }

  function chart(id, option) {
    var el = document.getElementById(id);
    if (!el || !window.echarts) {
      return null;
    }
    var c = window.echarts.init(el, dark() ? 'dark' : null, { renderer: 'canvas' });
    option.backgroundColor = 'transparent';
    option.animation = false;
    c.setOption(option);
    window.addEventListener('resize', function () { c.resize(); });
    return c;
  }

  function weekLabels(weeks) {
    return weeks.map(function (w) { return w.start.slice(5); });
  }

  function draw(report) {
    var weeks = report.weeks;
    var labels = weekLabels(weeks);
    var drawn = [];
    drawn.push(chart('chart-weeks', {
      tooltip: { trigger: 'axis' },
      legend: { data: ['attempts', 'passed %'] },
      xAxis: { type: 'category', data: labels },
      yAxis: [{ type: 'value', minInterval: 1 }, { type: 'value', min: 0, max: 100 }],
      series: [
        { name: 'attempts', type: 'bar', data: weeks.map(function (w) { return w.attempts; }) },
        { name: 'passed %', type: 'line', yAxisIndex: 1, connectNulls: true,
          data: weeks.map(function (w) { return w.acRate; }) }
      ]
    }));
    drawn.push(chart('chart-time', {
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: labels },
      yAxis: { type: 'value', name: 'min' },
      series: [{ name: 'median minutes', type: 'line', connectNulls: true,
        data: weeks.map(function (w) { return w.medianMinutesToPass; }) }]
    }));
    drawn.push(chart('chart-cards', {
      tooltip: { trigger: 'axis' },
      legend: { data: ['reviews', 'retention %'] },
      xAxis: { type: 'category', data: labels },
      yAxis: [{ type: 'value', minInterval: 1 }, { type: 'value', min: 0, max: 100 }],
      series: [
        { name: 'reviews', type: 'bar', data: weeks.map(function (w) { return w.cardReviews; }) },
        { name: 'retention %', type: 'line', yAxisIndex: 1, connectNulls: true,
          data: weeks.map(function (w) { return w.retention; }) }
      ]
    }));
    var weakest = report.weakest.slice().reverse();
    drawn.push(chart('chart-weakest', {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      grid: { left: 8, right: 24, containLabel: true },
      xAxis: { type: 'value', min: 0, max: 100, name: 'strength' },
      yAxis: { type: 'category', data: weakest.map(function (a) { return a.label; }) },
      series: [{ name: 'strength', type: 'bar', data: weakest.map(function (a) { return a.strength; }) }]
    }));
    document.body.dataset.charts = String(drawn.filter(Boolean).length);
  }

  function start() {
    var page = document.getElementById('progress-page');
    var source = (page && page.dataset.source) || '/api/progress';
    fetch(source, { headers: { Accept: 'application/json' } })
      .then(function (r) {
        if (!r.ok) { throw new Error('progress: HTTP ' + r.status); }
        return r.json();
      })
      .then(draw)
      .catch(function (e) {
        document.body.dataset.charts = 'error';
        if (window.console) { console.warn(e.message); }
      });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
