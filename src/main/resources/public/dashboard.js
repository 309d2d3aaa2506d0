// Draws each .chart from the data table it names (the table is the accessible, no-script version).
// Suppressed figures ([c]) have no data-value and are drawn as gaps, never as zero.
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

  document.querySelectorAll('.chart').forEach(function (element) {
    var table = document.getElementById(element.getAttribute('data-table'));
    var column = Number(element.getAttribute('data-column') || 0);
    var kind = element.getAttribute('data-kind');
    var data = series(table, column);
    var chart = window.echarts.init(element, null, { renderer: 'canvas' });
    var horizontal = kind === 'bar' && data.labels.length > 8;
    var categories = { type: 'category', data: data.labels, axisLabel: { interval: 0, width: 220, overflow: 'truncate' } };
    var numbers = { type: 'value', minInterval: 1 };
    chart.setOption({
      animation: false,
      color: ['#1d4f91'],
      grid: { left: horizontal ? 230 : 50, right: 20, top: 20, bottom: horizontal ? 30 : 60 },
      tooltip: { trigger: 'axis' },
      xAxis: horizontal ? numbers : categories,
      yAxis: horizontal ? Object.assign({ inverse: true }, categories) : numbers,
      series: [{ type: kind, data: data.values, connectNulls: false, symbolSize: 8 }]
    });
    if (horizontal) {
      chart.resize({ height: Math.max(300, data.labels.length * 22 + 60) });
    }
    element.setAttribute('data-drawn', 'true');
  });
})();
