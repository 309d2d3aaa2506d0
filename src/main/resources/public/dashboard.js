// Draws each .chart from the data table it names (the table is the accessible, no-script version).
// Loaded with "defer", after the page is parsed; ECharts' "simple" build holds the line and bar charts used.
(function () {
  function series(table, column) {
    var labels = [];
    var values = [];
    table.querySelectorAll('tbody tr').forEach(function (row) {
      labels.push(row.querySelector('th').textContent.trim());
      var cell = row.querySelectorAll('td')[column];
      var value = cell && cell.getAttribute('data-value');
      values.push(value === null ? null : Number(value));
    });
    return { labels: labels, values: values };
  }

  var charts = [];
  function draw(element) {
    var table = document.getElementById(element.getAttribute('data-table'));
    var column = Number(element.getAttribute('data-column') || 0);
    var kind = element.getAttribute('data-kind');
    var data = series(table, column);
    var drawn = data.values.filter(function (v) { return v !== null; }).length;
    if (drawn === 0) {
      element.textContent = 'Nothing to draw: no figure in the table below.';
      element.classList.add('chart-empty');
      return;
    }
    var chart = window.echarts.init(element, null, { renderer: 'canvas' });
    var narrow = element.clientWidth < 500;
    var horizontal = kind === 'bar' && (data.labels.length > 8 || narrow);
    // Long labels wrap rather than being cut; the grid makes room for them.
    var categories = { type: 'category', data: data.labels,
      axisLabel: { interval: 0, width: horizontal ? (narrow ? 120 : 220) : 80, overflow: 'break' } };
    var numbers = { type: 'value', minInterval: 1 };
    chart.setOption({
      animation: false,
      color: ['#1d4f91'],
      grid: { left: 10, right: 20, top: 20, bottom: 10, containLabel: true },
      xAxis: horizontal ? numbers : categories,
      yAxis: horizontal ? Object.assign({ inverse: true }, categories) : numbers,
      series: [{ type: kind, data: data.values, connectNulls: false, symbolSize: 8 }]
    });
    if (horizontal) {
      chart.resize({ height: Math.max(300, data.labels.length * (narrow ? 34 : 24) + 60) });
    }
    element.setAttribute('data-drawn', 'true');
    element.setAttribute('data-points', String(drawn));
    charts.push(chart);
  }
  // One chart per task, so the page stays responsive while they draw (no long main-thread task).
  var pending = Array.prototype.slice.call(document.querySelectorAll('.chart'));
  (function next() {
    if (pending.length > 0) {
      draw(pending.shift());
      setTimeout(next, 0);
    }
  })();
  window.addEventListener('resize', function () {
    charts.forEach(function (chart) { chart.resize(); });
  });
})();
