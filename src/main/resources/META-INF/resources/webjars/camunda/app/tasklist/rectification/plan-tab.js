// Tasklist tab "整改方案" on the tasks of an inspection round: the template and ledger downloads, and the
// upload of the plan workbook, which Camunda Forms cannot do (no file picker). Text from the server is only
// ever set as textContent, never as HTML.

import { el, readJson, xsrfToken } from '../../rectification/dom.js';

let aborter;

function problemTable(problems) {
  const body = el('tbody');
  problems.forEach(p => body.append(el('tr', {},
    el('td', {}, p.row ? String(p.row) : ''),
    el('td', {}, p.column || ''),
    el('td', {}, p.field || ''),
    el('td', {}, p.message || ''))));
  return el('table', { class: 'table table-condensed table-bordered rp-problems' },
    el('thead', {}, el('tr', {}, el('th', {}, '行'), el('th', {}, '列'), el('th', {}, '字段'), el('th', {}, '问题'))),
    body);
}

function gapList(gaps) {
  if (!gaps || gaps.length === 0) {
    return el('p', { class: 'text-success rp-gaps-none' }, '方案缺口：无。方案完整，可以在“表单”页点击“完成”提交领导小组审批。');
  }
  const list = el('ol', { class: 'rp-gaps' });
  gaps.forEach(g => list.append(el('li', {}, g)));
  return el('div', {}, el('p', { class: 'text-warning' }, '方案缺口 ' + gaps.length + ' 处（补齐后才能提交审批）：'), list);
}

function showResult(box, ok, body) {
  box.replaceChildren();
  if (ok) {
    box.append(el('div', { class: 'alert alert-success rp-success' },
      el('strong', {}, body.message || '已导入'),
      el('div', {}, '新增 ' + body.created + ' 条，更新 ' + body.updated + ' 条，删除 ' + body.removed + ' 条，未变 ' + body.unchanged + ' 条。'),
      el('div', {}, '当前方案：' + (body.plan || ''))));
    box.append(gapList(body.gaps));
    box.append(el('p', { class: 'text-muted' }, '“表单”页的方案缺口在重新打开任务后更新。'));
    return;
  }
  box.append(el('div', { class: 'alert alert-danger rp-error' }, el('strong', {}, body.message || '上传失败')));
  if (Array.isArray(body.details) && body.details.length > 0) {
    box.append(problemTable(body.details));
  }
}

function render(node, round, taskId) {
  const box = el('div', { class: 'rp-result' });
  const links = el('p', {},
    el('a', { href: '/api/plan-template.xlsx', class: 'btn btn-default btn-sm rp-template', download: '' }, '下载方案模板'),
    ' ',
    el('a', { href: '/api/rounds/' + encodeURIComponent(round.roundId) + '/ledger.xlsx', class: 'btn btn-default btn-sm rp-ledger', download: '' }, '下载当前方案台账'));
  const header = el('div', {},
    el('h4', {}, round.roundName),
    el('p', {}, '状态：' + round.statusLabel + '　　方案：' + round.plan));
  node.replaceChildren(el('div', { class: 'rp-tab', style: 'padding: 15px' }, header, links));
  const tab = node.firstChild;
  if (round.taskDefinitionKey !== 'Task_ImportPlan') {
    return;
  }
  if (!round.canImport) {
    tab.append(el('p', { class: 'text-muted' }, '只有整改办可以在方案制定阶段上传方案。'));
    tab.append(gapList(round.gaps));
    return;
  }
  const file = el('input', { type: 'file', name: 'file', class: 'rp-file', accept: '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
  const button = el('button', { type: 'submit', class: 'btn btn-primary rp-upload' }, '上传并导入');
  const form = el('form', { class: 'form-inline rp-form' },
    el('p', {}, '选择填好的方案工作簿（.xlsx，不超过 ' + round.maxUploadSize + '）。文件中的错误会一次全部列出，任何一处有误都不会导入。'),
    file, ' ', button);
  tab.append(form, box);
  box.append(gapList(round.gaps));
  form.addEventListener('submit', event => {
    event.preventDefault();
    if (!file.files || file.files.length === 0) {
      showResult(box, false, { message: '请先选择要上传的 .xlsx 文件' });
      return;
    }
    const data = new FormData();
    data.append('file', file.files[0]);
    button.disabled = true;
    box.replaceChildren(el('p', { class: 'text-muted' }, '正在导入…'));
    fetch('/api/rounds/' + encodeURIComponent(round.roundId) + '/plan', {
      method: 'POST', body: data, credentials: 'same-origin',
      headers: { 'X-XSRF-TOKEN': xsrfToken(), Accept: 'application/json' }, signal: aborter.signal
    })
      .then(response => readJson(response).then(body => showResult(box, response.ok, body)))
      .catch(error => {
        if (error.name !== 'AbortError') showResult(box, false, { message: '上传失败：' + error.message });
      })
      .finally(() => { button.disabled = false; file.value = ''; });
  });
}

export default [{
  id: 'rectification-plan-tab',
  pluginPoint: 'tasklist.task.detail',
  priority: 900,
  properties: { label: '整改方案' },
  render(node, { taskId }) {
    if (aborter) aborter.abort();
    aborter = new AbortController();
    node.replaceChildren(el('p', { style: 'padding: 15px' }, '加载中…'));
    fetch('/api/tasks/' + encodeURIComponent(taskId) + '/round', {
      credentials: 'same-origin', headers: { Accept: 'application/json' }, signal: aborter.signal
    })
      .then(response => readJson(response).then(body => {
        if (response.ok) {
          render(node, body, taskId);
        } else {
          node.replaceChildren(el('p', { style: 'padding: 15px', class: 'text-muted' },
            response.status === 404 ? '本任务不涉及整改方案。' : (body.message || '加载失败')));
        }
      }))
      .catch(error => {
        if (error.name !== 'AbortError') node.replaceChildren(el('p', { style: 'padding: 15px' }, '加载失败：' + error.message));
      });
  },
  unmount() {
    if (aborter) aborter.abort();
  }
}];
