// Tasklist tab "完成时限" on a unit's 提交佐证材料 task: the traffic light, the original and current deadline,
// escalation slips with the leaders' instructions, earlier extension requests, and the request for more time
// (延期申请), which the responsible leader then decides in Tasklist.
import { el, readJson, xsrfToken } from '../../rectification/dom.js';

let aborter;

const LIGHT_CLASS = { GREEN: 'label-success', YELLOW: 'label-warning', RED: 'label-danger' };

function history(title, rows, cls) {
  const box = el('div', { class: cls });
  box.append(el('h5', {}, title));
  if (rows.length === 0) {
    box.append(el('p', { class: 'text-muted' }, '（无）'));
    return box;
  }
  const list = el('ul', {});
  rows.forEach(r => list.append(el('li', {}, r)));
  box.append(list);
  return box;
}

function render(node, view, taskId) {
  const light = view.warning
    ? el('span', { class: 'label ' + LIGHT_CLASS[view.warning] + ' rd-light' }, view.warningText)
    : el('span', { class: 'label label-default rd-light' }, view.warningText);
  const marks = view.provisionalDates || {};
  const tentative = key => marks[key] ? '（暂定）' : '';
  const deadline = el('p', { class: 'rd-deadline' }, '当前完成时限：' + view.deadline + tentative('deadline') +
    (view.originalDeadline !== view.deadline ? '（原定 ' + view.originalDeadline + '）' : ''));
  const ladder = [['warnFrom', '黄灯起'], ['overdueFrom', '逾期起'], ['severeFrom', '严重逾期起']]
    .filter(([key]) => view[key])
    .map(([key, label]) => el('li', { class: 'rd-' + key }, label + '：' + view[key] + tentative(key)));
  const dates = ladder.length > 0 ? el('ul', { class: 'rd-dates' }, ...ladder) : null;
  const note = view.provisional
    ? el('p', { class: 'text-muted rd-provisional' }, '标“暂定”的日期按法定节日推算，国务院办公厅公布该年节假日安排后会自动调整。') : null;
  const escalations = history('督办单', view.escalations.map(s =>
    s.raisedAt.substring(0, 10) + ' ' + (s.level === 'SEVERE' ? '严重逾期督办单' : '督办单') +
    (s.acknowledgedAt ? '，已签收' + (s.instruction ? '。督办意见：' + s.instruction : '') : '，待签收')), 'rd-escalations');
  const extensions = history('延期申请', view.extensions.map(e =>
    e.requestedAt.substring(0, 10) + ' 申请延至 ' + e.requestedDeadline + '（理由：' + e.reason + '）：' +
    ({ PENDING: '待审批', APPROVED: '已批准，延至 ' + e.approvedDeadline, REJECTED: '未批准', WITHDRAWN: '已撤回' })[e.status] +
    (e.decisionComment ? '。意见：' + e.decisionComment : '')), 'rd-extensions');
  const tab = el('div', { class: 'rd-tab', style: 'padding: 15px' },
    el('h4', {}, view.reference + ' ' + view.unitName), el('p', {}, light), deadline, dates, note, escalations, extensions);
  node.replaceChildren(tab);
  if (!view.canRequestExtension) {
    tab.append(el('p', { class: 'text-muted rd-no-request' }, view.extensions.some(e => e.status === 'PENDING')
      ? '已有延期申请在等待责任领导审批。' : '只有责任单位在整改期间可以申请延期。'));
    return;
  }
  const date = el('input', { type: 'date', name: 'requestedDeadline', class: 'form-control rd-date' });
  const reason = el('textarea', { name: 'reason', rows: '3', maxlength: '4000', class: 'form-control rd-reason' });
  const button = el('button', { type: 'submit', class: 'btn btn-primary rd-request' }, '提交延期申请');
  const result = el('div', { class: 'rd-result' });
  const form = el('form', { class: 'rd-form' },
    el('h5', {}, '申请延期'),
    el('div', { class: 'form-group' }, el('label', {}, '申请延至'), date),
    el('div', { class: 'form-group' }, el('label', {}, '延期理由（必填）'), reason),
    button, result);
  tab.append(form);
  form.addEventListener('submit', event => {
    event.preventDefault();
    button.disabled = true;
    fetch('/api/unit-tasks/' + encodeURIComponent(view.unitTaskId) + '/extensions', {
      method: 'POST', credentials: 'same-origin', signal: aborter.signal,
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-XSRF-TOKEN': xsrfToken() },
      body: JSON.stringify({ requestedDeadline: date.value, reason: reason.value })
    })
      .then(response => readJson(response).then(body => {
        if (response.ok) {
          load(node, taskId, '延期申请已提交，等待责任领导审批。');
        } else {
          result.replaceChildren(el('div', { class: 'alert alert-danger rd-error' }, body.message || '提交失败'));
        }
      }))
      .catch(error => {
        if (error.name !== 'AbortError') result.replaceChildren(el('div', { class: 'alert alert-danger rd-error' }, '提交失败：' + error.message));
      })
      .finally(() => { button.disabled = false; });
  });
}

function load(node, taskId, notice) {
  fetch('/api/tasks/' + encodeURIComponent(taskId) + '/deadline', {
    credentials: 'same-origin', headers: { Accept: 'application/json' }, signal: aborter.signal
  })
    .then(response => readJson(response).then(body => {
      if (response.ok) {
        render(node, body, taskId);
        if (notice) node.firstChild.prepend(el('div', { class: 'alert alert-success rd-success' }, notice));
      } else {
        node.replaceChildren(el('p', { style: 'padding: 15px', class: 'text-muted' },
          response.status === 404 ? '本任务没有完成时限。' : (body.message || '加载失败')));
      }
    }))
    .catch(error => {
      if (error.name !== 'AbortError') node.replaceChildren(el('p', { style: 'padding: 15px' }, '加载失败：' + error.message));
    });
}

export default [{
  id: 'rectification-deadline-tab',
  pluginPoint: 'tasklist.task.detail',
  priority: 950,
  properties: { label: '完成时限' },
  render(node, { taskId }) {
    if (aborter) aborter.abort();
    aborter = new AbortController();
    node.replaceChildren(el('p', { style: 'padding: 15px' }, '加载中…'));
    load(node, taskId);
  },
  unmount() {
    if (aborter) aborter.abort();
  }
}];
