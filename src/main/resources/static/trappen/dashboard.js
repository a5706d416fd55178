// The dashboard's charts (DashboardPage): a file, not an inline script, so the page's Content Security Policy allows scripts from the application only.
const d = JSON.parse(document.getElementById('dashboard-data').textContent);
const counts = {y: {beginAtZero: true, ticks: {precision: 0}}};
const bar = (id, labels, datasets, extra = {}) => new Chart(document.getElementById(id), {type: 'bar',
  data: {labels, datasets}, options: Object.assign({animation: false, responsive: true, scales: counts}, extra)});
const cl = d.caseload;
bar('chart-caseload', cl.map(c => c.name || c.caseworker), [
  {label: 'Åbne sager', data: cl.map(c => c.openCases), backgroundColor: '#4e79a7'},
  {type: 'line', label: 'Mål', data: cl.map(() => d.caseloadTarget), borderColor: '#59a14f', pointRadius: 0},
  {type: 'line', label: 'Maksimum', data: cl.map(() => d.caseloadMax), borderColor: '#e15759', pointRadius: 0}]);
const dl = d.deadlines.filter(x => x.overdue + x.coming > 0);
bar('chart-deadlines', dl.map(x => x.name), [
  {label: 'Overskredet', data: dl.map(x => x.overdue), backgroundColor: '#e15759'},
  {label: 'Kommende 14 dage', data: dl.map(x => x.coming), backgroundColor: '#f28e2b'}],
  {scales: {x: {stacked: true}, y: {stacked: true, ticks: {precision: 0}}}});
bar('chart-steps', d.childrenPerStep.map(s => s.step + ' ' + s.name),
  [{label: 'Børn', data: d.childrenPerStep.map(s => s.children), backgroundColor: '#76b7b2'}]);
const moves = (id, rows) => bar(id, rows.map(m => m.period), [
  {label: 'Ned (mindre indgribende)', data: rows.map(m => m.down), backgroundColor: '#59a14f'},
  {label: 'Op', data: rows.map(m => m.up), backgroundColor: '#edc948'}]);
moves('chart-moves', d.movesPerMonth);
moves('chart-quarters', d.movesPerQuarter);
new Chart(document.getElementById('chart-fit'), {type: 'line', data: {labels: d.heard.fit.map(f => f.month),
  datasets: [{label: 'Gns. ORS (0–40)', data: d.heard.fit.map(f => f.averageOrs), borderColor: '#b07aa1'},
             {label: 'Gns. SRS (0–40)', data: d.heard.fit.map(f => f.averageSrs), borderColor: '#59a14f'}]},
  options: {animation: false, scales: {y: {min: 0, max: 40}}}});
window.dashboardReady = true;
