// Cockpit page "整改看板": a round's measures and unit tasks by standing (reopened items apart), completion by aspect and unit, the red
// and yellow items with links to their process instances, and the progress report's two versions. Everything
// comes from /api/dashboard (the ledger); text from the server is only ever set as textContent.

import { el, readJson } from '../../rectification/dom.js';

const PATH = '/rectification-dashboard';
const API = '/api/dashboard';
const STANDINGS = [
  { key: 'signedOff', label: '已销号', color: '#3a8a3a' },
  { key: 'longTermKept', label: '已整改·长期坚持', color: '#5b8fd6' },
  { key: 'inProgress', label: '正在整改', color: '#e0a526' },
  { key: 'overdue', label: '逾期', color: '#c9302c' },
  // A look-back found the problem back: counted apart, neither done nor late.
  { key: 'reopened', label: '反弹·重新整改', color: '#8e44ad' }
];

let charts = [];
let echartsLoading;
// The round whose figures the page shows; an answer for a round chosen before is dropped.
let shownRound = null;

const STYLE = `
.rd { padding: 16px 24px; font-size: 14px; }
.rd h2 { font-size: 22px; margin: 0 16px 0 0; display: inline-block; }
.rd h3 { font-size: 16px; margin: 20px 0 8px; }
.rd-bar { display: flex; align-items: center; flex-wrap: wrap; gap: 12px; }
.rd-headline { background: #f6f8fa; border-left: 4px solid #b5152b; padding: 10px 14px; margin: 12px 0; line-height: 1.8; }
.rd-cards { display: flex; flex-wrap: wrap; gap: 10px; }
.rd-card { border: 1px solid #ddd; border-radius: 4px; padding: 8px 14px; min-width: 110px; }
.rd-card b { display: block; font-size: 24px; }
.rd-charts { display: flex; flex-wrap: wrap; gap: 16px; }
.rd-chart { width: 440px; height: 300px; border: 1px solid #eee; }
.rd table { border-collapse: collapse; width: 100%; margin-bottom: 8px; }
.rd th, .rd td { border: 1px solid #ddd; padding: 4px 8px; text-align: left; vertical-align: top; }
.rd th { background: #f3f3f3; }
.rd .red { color: #c9302c; font-weight: bold; }
.rd .yellow { color: #b7791f; font-weight: bold; }
.rd .reopened { color: #8e44ad; font-weight: bold; }
.rd .muted { color: #777; }
.rd-error { color: #c9302c; padding: 16px 0; }
`;

function loadECharts() {
  if (window.echarts) return Promise.resolve(window.echarts);
  if (!echartsLoading) {
    echartsLoading = new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = '/webjars/echarts/echarts.min.js';
      script.onload = () => resolve(window.echarts);
      script.onerror = () => { echartsLoading = null; reject(new Error('echarts')); };
      document.head.appendChild(script);
    });
  }
  return echartsLoading;
}

function getJson(url) {
  return fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then(response => readJson(response).then(body => {
      if (!response.ok) throw new Error(body.message || ('请求失败（HTTP ' + response.status + '）'));
      return body;
    }));
}

function disposeCharts() {
  charts.forEach(c => c.dispose());
  charts = [];
}

const percent = rate => rate.toFixed(1) + '%';

const alertClass = key => key === 'overdue' ? 'red' : key === 'reopened' ? 'reopened' : '';

function card(label, value, cls) {
  return el('div', { class: 'rd-card' }, el('b', { class: cls || '' }, String(value)), label);
}

function tallyCards(title, tally) {
  return el('div', {},
    el('h3', {}, title + '（共 ' + tally.total + ' 项，完成率 ' + percent(tally.completionRate) + '）'),
    el('div', { class: 'rd-cards' },
      ...STANDINGS.map(s => card(s.label, tally[s.key], tally[s.key] > 0 ? alertClass(s.key) : ''))));
}

function table(headers, rows) {
  const body = el('tbody');
  rows.forEach(cells => body.append(el('tr', {}, ...cells.map(c => el('td', {}, c)))));
  return el('table', {}, el('thead', {}, el('tr', {}, ...headers.map(h => el('th', {}, h)))), body);
}

function warningTable(snapshot) {
  const w = snapshot.warnings;
  // Counted through a year whose holidays are not yet published: the figures may still move.
  const tentative = item => item.provisional ? '（暂定）' : '';
  const rows = w.items.map(item => [
    el('span', { class: item.level === 'RED' ? 'red' : 'yellow' }, item.levelLabel),
    item.measureCode + ' ' + item.measureText,
    item.unitName,
    item.leaderName || '',
    item.deadline + tentative(item) + (item.deadline !== item.originalDeadline ? '（原定 ' + item.originalDeadline + '）' : ''),
    (item.level === 'RED' ? '已逾期 ' + item.workingDaysOverdue + ' 个工作日'
      : item.workingDaysLeft === 0 ? '今日到期或已到期' : '剩 ' + item.workingDaysLeft + ' 个工作日') + tentative(item),
    item.stateLabel,
    item.cockpitPath ? el('a', { href: item.cockpitPath, class: 'rd-instance' }, '查看流程') : ''
  ]);
  const shown = w.items.length < w.red + w.yellow
    ? el('p', { class: 'muted' }, '仅列出前 ' + w.items.length + ' 项。') : null;
  return el('div', {},
    el('h3', {}, '红黄灯事项（红灯 ' + w.red + ' 项，黄灯 ' + w.yellow + ' 项）'),
    rows.length === 0 ? el('p', { class: 'muted' }, '没有红灯或黄灯事项。')
      : table(['预警', '整改措施', '责任单位', '责任领导', '完成时限', '逾期/剩余', '状态', '流程'], rows),
    shown);
}

function unitTable(snapshot) {
  const units = snapshot.byUnit.slice()
    .sort((a, b) => b.unitTasks.overdue - a.unitTasks.overdue || a.unitTasks.completionRate - b.unitTasks.completionRate);
  return el('div', {},
    el('h3', {}, '各单位整改情况（逾期多、完成率低的在前）'),
    table(['责任单位', '整改任务', '已销号', '长期坚持', '正在整改', '逾期', '反弹·重新整改', '完成率'],
      units.map(u => [u.unitName, String(u.unitTasks.total), String(u.unitTasks.signedOff),
        String(u.unitTasks.longTermKept), String(u.unitTasks.inProgress),
        el('span', { class: u.unitTasks.overdue > 0 ? 'red' : '' }, String(u.unitTasks.overdue)),
        el('span', { class: u.unitTasks.reopened > 0 ? 'reopened' : '' }, String(u.unitTasks.reopened)),
        percent(u.unitTasks.completionRate)])));
}

function problemTable(snapshot) {
  return el('div', {},
    el('h3', {}, '各问题整改结果（与整改进展情况通报一致）'),
    table(['方面', '问题', '措施数', '整改结果'],
      snapshot.problems.map(p => [p.aspectCode, p.title, String(p.measures),
        el('span', { class: p.standing === 'OVERDUE' ? 'red' : p.standing === 'REOPENED' ? 'reopened' : '' },
          p.result + (p.standing === 'OVERDUE' ? '（有逾期）' : ''))])));
}

function drawCharts(box, snapshot) {
  const stateChart = el('div', { class: 'rd-chart', id: 'rd-chart-states' });
  const aspectChart = el('div', { class: 'rd-chart', id: 'rd-chart-aspects' });
  box.append(stateChart, aspectChart);
  loadECharts().then(echarts => {
    if (!box.isConnected) return;
    const states = echarts.init(stateChart);
    states.setOption({
      title: { text: '整改任务状态', left: 'center', textStyle: { fontSize: 15 } },
      tooltip: { trigger: 'item', formatter: '{b}：{c} 项（{d}%）' },
      legend: { bottom: 0 },
      series: [{
        type: 'pie', radius: ['40%', '65%'],
        label: { formatter: '{b}\n{c}' },
        // Empty slices would only pile their labels on top of each other; the cards above show the zeros.
        data: STANDINGS.filter(s => snapshot.unitTasks[s.key] > 0).map(s => ({ name: s.label, value: snapshot.unitTasks[s.key], itemStyle: { color: s.color } }))
      }]
    });
    const aspects = echarts.init(aspectChart);
    aspects.setOption({
      title: { text: '各方面整改任务', left: 'center', textStyle: { fontSize: 15 } },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { bottom: 0 },
      grid: { left: 8, right: 16, top: 36, bottom: 48, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', inverse: true, data: snapshot.byAspect.map(a => a.code) },
      series: STANDINGS.map(s => ({
        name: s.label, type: 'bar', stack: 'tasks', itemStyle: { color: s.color },
        data: snapshot.byAspect.map(a => a.unitTasks[s.key])
      }))
    });
    charts.push(states, aspects);
  }).catch(() => box.append(el('p', { class: 'rd-error' }, '图表组件加载失败，数字和表格不受影响。')));
}

function showRound(box, roundId) {
  shownRound = roundId;
  disposeCharts();
  box.replaceChildren(el('p', { class: 'muted' }, '正在读取……'));
  return Promise.all([
    getJson(API + '/rounds/' + roundId + '?scope=internal'),
    getJson(API + '/rounds/' + roundId + '?scope=public&warnings=0')
  ]).then(([internal, pub]) => {
    if (shownRound !== roundId) return;
    const report = scope => API + '/rounds/' + roundId + '/report?scope=' + scope;
    const chartBox = el('div', { class: 'rd-charts' });
    box.replaceChildren(
      el('p', { class: 'muted' }, '数据截至 ' + internal.asOf.replace('T', ' ').substring(0, 16) + '，轮次状态：' + internal.round.statusLabel),
      el('div', { class: 'rd-headline', id: 'rd-headline' }, el('b', {}, '内部版：'), internal.headline.sentence),
      el('div', { class: 'rd-headline', id: 'rd-headline-public' }, el('b', {}, '公开版：'), pub.headline.sentence),
      el('div', { class: 'rd-bar' },
        el('a', { class: 'btn btn-default', id: 'rd-report-internal', href: report('internal') }, '下载整改进展情况通报（内部版）'),
        el('a', { class: 'btn btn-default', id: 'rd-report-public', href: report('public') }, '下载整改进展情况通报（公开版）')),
      tallyCards('整改措施', internal.measures),
      tallyCards('整改任务', internal.unitTasks),
      el('h3', {}, '图表'),
      chartBox,
      warningTable(internal),
      problemTable(internal),
      unitTable(internal));
    drawCharts(chartBox, internal);
  }).catch(e => {
    if (shownRound === roundId) box.replaceChildren(el('p', { class: 'rd-error' }, e.message));
  });
}

function render(node) {
  const content = el('div');
  const select = el('select', { id: 'rd-round', class: 'form-control', style: 'width:auto;display:inline-block' });
  node.replaceChildren(el('style', {}, STYLE),
    el('div', { class: 'rd' },
      el('div', { class: 'rd-bar' }, el('h2', {}, '整改看板'), el('label', { for: 'rd-round' }, '巡察轮次：'), select),
      content));
  getJson(API + '/rounds').then(rounds => {
    if (rounds.length === 0) {
      content.replaceChildren(el('p', { class: 'muted' }, '还没有巡察轮次。'));
      return;
    }
    rounds.forEach(r => select.append(el('option', { value: String(r.id) }, r.name + '（' + r.statusLabel + '）')));
    const remembered = window.localStorage.getItem('rectification.dashboard.round');
    if (remembered && rounds.some(r => String(r.id) === remembered)) select.value = remembered;
    select.addEventListener('change', () => {
      window.localStorage.setItem('rectification.dashboard.round', select.value);
      showRound(content, select.value);
    });
    showRound(content, select.value);
  }).catch(e => content.replaceChildren(el('p', { class: 'rd-error' }, e.message)));
}

const resize = () => charts.forEach(c => c.resize());

export default [
  {
    id: 'rectification.dashboard',
    pluginPoint: 'cockpit.route',
    properties: { path: PATH },
    render: node => {
      window.addEventListener('resize', resize);
      render(node);
    },
    unmount: () => {
      window.removeEventListener('resize', resize);
      disposeCharts();
    }
  },
  {
    id: 'rectification.dashboard.navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 110,
    properties: { path: PATH },
    render: node => node.replaceChildren(el('a', { href: '#' + PATH, id: 'rd-nav' }, '整改看板')),
    checkActive: path => path.indexOf('#' + PATH) >= 0
  }
];
