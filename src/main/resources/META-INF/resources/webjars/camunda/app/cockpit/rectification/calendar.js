// Cockpit page "工作日历": each year's holidays and worked weekends, official (正式) or counted from the statutory
// holidays until the State Council publishes the year (暂定), and the office's upload of a published year. The
// server decides who may upload; text from the server is only ever set as textContent.

import { el, readJson, xsrfToken } from '../../rectification/dom.js';

const PATH = '/rectification-calendar';
const API = '/api/calendar';
const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];
const ORIGINS = { SHIPPED: '随系统发布', UPLOADED: '整改办上传', COMPUTED: '按法定节日推算' };

let aborter;
// The year whose view the page shows; an answer for a year chosen before is dropped.
let shownYear = null;

const STYLE = `
.rc { padding: 16px 24px; font-size: 14px; max-width: 1000px; }
.rc h2 { font-size: 22px; margin: 0 16px 0 0; display: inline-block; }
.rc h3 { font-size: 16px; margin: 20px 0 8px; }
.rc-bar { display: flex; align-items: center; flex-wrap: wrap; gap: 12px; }
.rc-status { display: inline-block; padding: 2px 10px; border-radius: 10px; color: #fff; font-weight: bold; margin-right: 8px; }
.rc-status.official { background: #3a8a3a; }
.rc-status.provisional { background: #e0a526; }
.rc-provisional-note { background: #fff4d6; border: 1px solid #e0a526; border-radius: 4px; padding: 8px 12px; margin: 12px 0; line-height: 1.7; }
.rc-scroll { overflow-x: auto; max-width: 100%; }
.rc table { border-collapse: collapse; margin-bottom: 8px; min-width: 360px; }
.rc th, .rc td { border: 1px solid #ddd; padding: 4px 10px; text-align: left; vertical-align: top; white-space: nowrap; }
.rc th { background: #f3f3f3; }
.rc .muted { color: #777; }
.rc-source { line-height: 1.7; word-break: break-all; }
.rc-upload { border-top: 1px solid #eee; margin-top: 24px; padding-top: 8px; }
.rc-upload input[type=file] { margin: 8px 0; max-width: 100%; }
.rc-success { color: #2d6a2d; background: #eaf5ea; border: 1px solid #3a8a3a; border-radius: 4px; padding: 8px 12px; margin: 12px 0; }
.rc-error { color: #c9302c; margin: 12px 0 4px; font-weight: bold; }
.rc-problems { color: #c9302c; line-height: 1.7; }
@media (max-width: 600px) { .rc { padding: 12px 10px; } }
`;

function getJson(url) {
  return fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' }, signal: aborter.signal })
    .then(response => readJson(response).then(body => {
      if (!response.ok) throw new Error(body.message || ('请求失败（HTTP ' + response.status + '）'));
      return body;
    }));
}

function weekday(date) {
  const [y, m, d] = date.split('-').map(Number);
  return WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
}

// Tables scroll sideways in their own box, so a phone's page never does.
function table(cls, headers, rows) {
  const body = el('tbody');
  rows.forEach(cells => body.append(el('tr', {}, ...cells.map(c => el('td', {}, c)))));
  return el('div', { class: 'rc-scroll' },
    el('table', { class: cls }, el('thead', {}, el('tr', {}, ...headers.map(h => el('th', {}, h)))), body));
}

function origin(year) {
  let text = '来源：' + (ORIGINS[year.origin] || year.origin);
  if (year.origin === 'UPLOADED' && year.uploadedBy) {
    text += '（' + year.uploadedBy + (year.uploadedAt ? '，' + year.uploadedAt.replace('T', ' ').substring(0, 16) : '') + '）';
  }
  return text;
}

function yearView(year) {
  const status = el('span', { class: 'rc-status ' + (year.provisional ? 'provisional' : 'official') },
    year.provisional ? '暂定' : '正式');
  const parts = [
    el('h3', {}, status, year.year + '年节假日安排'),
    el('p', { class: 'rc-source' }, year.source || ''),
    year.url ? el('p', { class: 'rc-source' }, '通知原文：', el('a', { href: year.url, target: '_blank', rel: 'noopener noreferrer' }, year.url)) : null,
    el('p', { class: 'muted rc-origin' }, origin(year))
  ];
  if (year.provisional) {
    parts.push(el('div', { class: 'rc-provisional-note' },
      '国务院办公厅尚未公布' + year.year + '年的节假日安排，本年暂按法定节日推算。按本年计算的完成时限、黄灯起、逾期起等日期都标为“暂定”，' +
      '待国务院办公厅公布、整改办在本页上传该年安排后自动按正式安排重新计算。'));
  }
  parts.push(el('h4', {}, '放假'),
    table('rc-holidays', ['名称', '起', '止', '天数'],
      year.holidays.map(h => [h.name, h.from + '（' + weekday(h.from) + '）', h.to + '（' + weekday(h.to) + '）', String(h.days)])));
  parts.push(el('h4', {}, '调休上班日'));
  if (year.provisional) {
    parts.push(el('p', { class: 'muted rc-workdays-none' }, '暂定年份不推测调休上班日：周六、周日一律按休息日计算。'));
  } else if (year.workdays.length === 0) {
    parts.push(el('p', { class: 'muted rc-workdays-none' }, '本年没有调休上班日。'));
  } else {
    parts.push(table('rc-workdays', ['日期', '星期', '为哪个节日调休'],
      year.workdays.map(w => [w.date, weekday(w.date), w.holiday || ''])));
  }
  return el('div', { class: 'rc-year', 'data-year': String(year.year) }, ...parts);
}

function showYear(box, year) {
  shownYear = year;
  box.replaceChildren(el('p', { class: 'muted' }, '正在读取……'));
  return getJson(API + '/' + encodeURIComponent(year)).then(view => {
    if (shownYear === year) box.replaceChildren(yearView(view));
  }).catch(e => {
    if (shownYear === year && e.name !== 'AbortError') box.replaceChildren(el('p', { class: 'rc-error' }, e.message));
  });
}

function fillYears(select, overview, wanted) {
  const provisional = overview.provisionalYears.filter(y => overview.officialYears.indexOf(y) < 0);
  const years = overview.officialYears.map(y => [y, '正式']).concat(provisional.map(y => [y, '暂定']))
    .sort((a, b) => a[0] - b[0]);
  select.replaceChildren(...years.map(([y, label]) => el('option', { value: String(y) }, y + '年（' + label + '）')));
  const current = String(new Date().getFullYear());
  const choice = [wanted, current].find(y => y && years.some(([v]) => String(v) === String(y)));
  select.value = choice ? String(choice) : String(years[years.length - 1][0]);
}

function movedTable(moved) {
  const pair = (before, after) => before === after ? (after || '') : (before || '—') + ' → ' + (after || '—');
  return table('rc-moved', ['编号', '单位', '完成时限（原→新）', '黄灯起', '逾期起'],
    moved.map(m => [m.reference, m.unitName, pair(m.before.deadline, m.after.deadline),
      pair(m.before.warnFrom, m.after.warnFrom), pair(m.before.overdueFrom, m.after.overdueFrom)]));
}

function showResult(box, ok, body) {
  if (ok) {
    const recount = body.recount || { checked: 0, moved: [], failed: [] };
    const parts = [el('div', { class: 'rc-success' }, '已上传' + body.year.year + '年节假日安排（第' + body.version +
      '版），重新计算了 ' + recount.checked + ' 项整改任务的期限')];
    if (recount.moved.length > 0) {
      parts.push(el('h4', {}, '期限有变化的整改任务（' + recount.moved.length + ' 项）'), movedTable(recount.moved));
    } else {
      parts.push(el('p', { class: 'muted rc-moved-none' }, '没有整改任务的期限因此改变。'));
    }
    if (recount.failed && recount.failed.length > 0) {
      // The upload stays unmarked, so the next start of the app counts these again.
      parts.push(el('p', { class: 'rc-error' }, recount.failed.length + ' 项整改任务未能重新计算，应用下次启动时会再次计算（任务编号：' +
        recount.failed.join('、') + '）'));
    }
    box.replaceChildren(...parts);
    return;
  }
  const parts = [el('p', { class: 'rc-error' }, body.message || '上传失败')];
  if (Array.isArray(body.details) && body.details.length > 0) {
    parts.push(el('ul', { class: 'rc-problems' }, ...body.details.map(p => el('li', {}, String(p)))));
  }
  box.replaceChildren(...parts);
}

function uploadForm(onUploaded) {
  const file = el('input', { type: 'file', id: 'rc-file', name: 'file', accept: '.yml,.yaml' });
  const button = el('button', { type: 'submit', id: 'rc-upload', class: 'btn btn-primary' }, '上传');
  const result = el('div', { class: 'rc-result' });
  const form = el('form', { class: 'rc-upload' },
    el('h3', {}, '上传新一年的节假日安排'),
    el('p', { class: 'muted' }, '国务院办公厅公布下一年的节假日安排后，由整改办按通知逐条填写 .yml 文件（year、source、holidays、workdays，' +
      '与系统自带的年份文件格式相同）后上传。文件有误时会一次列出全部问题，不保存任何内容；上传成功后，所有未办结整改任务的期限按新安排重新计算。'),
    el('div', {}, file), button, result);
  form.addEventListener('submit', event => {
    event.preventDefault();
    if (!file.files || file.files.length === 0) {
      showResult(result, false, { message: '请选择要上传的节假日安排文件（.yml）' });
      return;
    }
    const data = new FormData();
    data.append('file', file.files[0]);
    button.disabled = true;
    result.replaceChildren(el('p', { class: 'muted' }, '正在上传并重新计算期限……'));
    fetch(API, {
      method: 'POST', credentials: 'same-origin', body: data, signal: aborter.signal,
      headers: { 'X-XSRF-TOKEN': xsrfToken(), Accept: 'application/json' }
    })
      .then(response => readJson(response).then(body => {
        showResult(result, response.ok, body);
        // The answer lies below the fold, under the year's tables.
        const shown = () => result.scrollIntoView({ block: 'nearest' });
        if (response.ok) {
          form.reset();
          onUploaded(body.year.year).then(shown);
        } else {
          shown();
        }
      }))
      .catch(e => {
        if (e.name !== 'AbortError') showResult(result, false, { message: '上传失败：' + e.message });
      })
      .finally(() => { button.disabled = false; });
  });
  return form;
}

function render(node) {
  const content = el('div');
  const select = el('select', { id: 'rc-year', class: 'form-control', style: 'width:auto;display:inline-block' });
  const loadYears = wanted => getJson(API).then(overview => {
    fillYears(select, overview, wanted);
    return showYear(content, select.value);
  }).catch(e => {
    if (e.name !== 'AbortError') content.replaceChildren(el('p', { class: 'rc-error' }, e.message));
  });
  select.addEventListener('change', () => showYear(content, select.value));
  node.replaceChildren(el('style', {}, STYLE),
    el('div', { class: 'rc' },
      el('div', { class: 'rc-bar' }, el('h2', {}, '工作日历'), el('label', { for: 'rc-year' }, '年份：'), select),
      el('p', { class: 'muted' }, '整改期限、提醒和逾期天数都按工作日计算：周末、法定节假日不算，调休上班的周末算。'),
      content,
      uploadForm(year => loadYears(year))));
  loadYears(null);
}

export default [
  {
    id: 'rectification.calendar',
    pluginPoint: 'cockpit.route',
    properties: { path: PATH },
    render: node => {
      if (aborter) aborter.abort();
      aborter = new AbortController();
      render(node);
    },
    unmount: () => {
      if (aborter) aborter.abort();
    }
  },
  {
    id: 'rectification.calendar.navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 105,
    properties: { path: PATH },
    render: node => node.replaceChildren(el('a', { href: '#' + PATH, id: 'rc-nav' }, '工作日历')),
    checkActive: path => path.indexOf('#' + PATH) >= 0
  }
];
