// Tasklist tab "佐证材料" on the tasks of a unit task (提交佐证材料, 审核, 销号): the item's files with their
// SHA-256, uploaded here by the unit (drop or choose files; Camunda Forms have no file picker), downloaded by
// everyone allowed to, removable by their uploader until the unit submits. Reviewers see where the same file was
// used before. Server text is only ever set as text.
import { el, readJson, xsrfToken } from '../../rectification/dom.js';

let aborter;

const size = bytes => bytes >= 1024 * 1024 ? (bytes / 1024 / 1024).toFixed(1) + ' MB'
  : bytes >= 1024 ? Math.ceil(bytes / 1024) + ' KB' : bytes + ' B';

const NOWRAP = 'white-space: nowrap';

const time = iso => iso ? iso.substring(0, 16).replace('T', ' ') : '';

function fileTable(view, reload, signal) {
  if (view.files.length === 0) {
    return el('p', { class: 'text-muted re-empty' }, view.canUpload ? '尚未上传佐证材料。' : '没有已提交的佐证材料。');
  }
  const body = el('tbody', {});
  view.files.forEach(f => {
    const name = view.canDownload
      ? el('a', { href: f.downloadUrl, class: 're-download', download: '' }, f.fileName)
      : el('span', {}, f.fileName);
    const actions = el('td', {});
    if (f.canDelete) {
      const remove = el('button', { type: 'button', class: 'btn btn-xs btn-default re-delete' }, '删除');
      remove.addEventListener('click', () => {
        remove.disabled = true;
        fetch('/api/evidence-files/' + encodeURIComponent(f.id), {
          method: 'DELETE', credentials: 'same-origin', signal,
          headers: { Accept: 'application/json', 'X-XSRF-TOKEN': xsrfToken() }
        })
          .then(response => response.ok ? reload('已删除“' + f.fileName + '”。')
            : readJson(response).then(b => reload(null, b.message || '删除失败')))
          .catch(error => { if (error.name !== 'AbortError') reload(null, '删除失败：' + error.message); });
      });
      actions.append(remove);
    }
    const row = el('tr', { class: 're-file' },
      el('td', {}, name, f.usedElsewhere && f.usedElsewhere.length
        ? el('div', { class: 'text-danger re-reused' }, '⚠ 相同文件已用于：' + f.usedElsewhere.join('、')) : null),
      el('td', { style: NOWRAP }, f.kindLabel),
      el('td', { class: 're-size', style: NOWRAP }, size(f.size)),
      el('td', { style: NOWRAP }, f.uploaderName),
      el('td', {}, time(f.uploadedAt)),
      el('td', { style: NOWRAP }, f.submissionNo ? '第' + f.submissionNo + '次提交' : '未提交'),
      el('td', {}, el('code', { class: 're-sha', style: 'word-break: break-all; font-size: 11px' }, f.sha256)),
      actions);
    body.append(row);
  });
  return el('table', { class: 'table table-condensed re-files' },
    el('thead', {}, el('tr', {}, ...['文件', '类别', '大小', '上传人', '上传时间', '状态', 'SHA-256', '']
      .map(h => el('th', { style: NOWRAP }, h)))),
    body);
}

function uploadForm(view, reload, signal) {
  // No kind is chosen for the user: a photo filed as 制度文件 would satisfy a required kind it is not.
  const kind = el('select', { class: 'form-control re-kind', name: 'kind' }, el('option', { value: '' }, '请选择材料类别'));
  view.kinds.forEach(k => kind.append(el('option', { value: k.kind }, k.label)));
  const input = el('input', { type: 'file', multiple: '', class: 're-input', name: 'file' });
  const drop = el('div', {
    class: 're-drop',
    style: 'border: 2px dashed #bbb; border-radius: 4px; padding: 18px; text-align: center; margin: 8px 0'
  }, '把文件拖到这里，或 ', input);
  const status = el('div', { class: 're-status' });
  const send = files => {
    if (!kind.value) {
      status.replaceChildren(el('div', { class: 'alert alert-danger re-error' }, '请先选择材料类别，再选择或拖入文件'));
      return;
    }
    const queue = Array.from(files);
    const messages = [];
    const next = () => {
      const file = queue.shift();
      if (file && file.size > view.maxFileSizeBytes) {
        // Refused here: a body far over the limit would have the connection reset instead of an answer.
        messages.push({ ok: false, text: '“' + file.name + '”超过单个文件 ' + view.maxFileSize + ' 的上限，请压缩或拆分后再上传' });
        next();
        return;
      }
      if (!file) {
        reload(messages.filter(m => m.ok).map(m => m.text).join(' '), messages.filter(m => !m.ok).map(m => m.text).join('\n'));
        return;
      }
      status.replaceChildren(el('p', { class: 'text-muted' }, '正在上传“' + file.name + '”…'));
      const data = new FormData();
      data.append('kind', kind.value);
      data.append('file', file, file.name);
      fetch('/api/unit-tasks/' + encodeURIComponent(view.unitTaskId) + '/evidence-files', {
        method: 'POST', credentials: 'same-origin', body: data, signal,
        headers: { Accept: 'application/json', 'X-XSRF-TOKEN': xsrfToken() }
      })
        .then(response => readJson(response).then(body => {
          messages.push(response.ok ? { ok: true, text: '已上传“' + file.name + '”。' }
            : { ok: false, text: body.message || ('“' + file.name + '”上传失败') });
        }))
        .catch(error => { messages.push({ ok: false, text: '“' + file.name + '”上传失败：' + error.message }); })
        .finally(() => { if (!signal.aborted) next(); });
    };
    next();
  };
  input.addEventListener('change', () => { if (input.files.length) send(input.files); });
  drop.addEventListener('dragover', event => { event.preventDefault(); drop.style.borderColor = '#337ab7'; });
  drop.addEventListener('dragleave', () => { drop.style.borderColor = '#bbb'; });
  drop.addEventListener('drop', event => {
    event.preventDefault();
    drop.style.borderColor = '#bbb';
    if (event.dataTransfer.files.length) send(event.dataTransfer.files);
  });
  return el('div', { class: 're-upload' },
    el('h5', {}, '上传佐证材料'),
    el('div', { class: 'form-group' }, el('label', {}, '材料类别'), kind),
    drop,
    el('p', { class: 'help-block' }, '可上传 ' + view.allowedTypes + '；单个文件不超过 ' + view.maxFileSize + '，本事项合计不超过 '
      + view.maxTaskSize + '。提交后文件不能再删除。'),
    status);
}

function render(node, view, taskId, signal, notice, error) {
  const reload = (ok, failed) => { if (!signal.aborted) load(node, taskId, signal, ok, failed); };
  const tab = el('div', { class: 're-tab', style: 'padding: 15px' }, el('h4', {}, view.reference + ' ' + view.unitName));
  if (notice) tab.append(el('div', { class: 'alert alert-success re-success' }, notice));
  if (error) tab.append(el('div', { class: 'alert alert-danger re-error', style: 'white-space: pre-line' }, error));
  if (view.requiredKinds.length) {
    tab.append(el('p', { class: 're-required' }, '整改方案要求的材料：' + view.requiredKinds.map(k => k.label).join('、')
      + (view.missingKinds.length ? '；尚缺：' + view.missingKinds.map(k => k.label).join('、') : '；已齐全')));
  }
  tab.append(fileTable(view, reload, signal));
  if (view.canUpload) tab.append(uploadForm(view, reload, signal));
  node.replaceChildren(tab);
}

// Each opening of the tab has its own signal: switching tasks stops its queue and never draws into the new tab.
function load(node, taskId, signal, notice, error) {
  fetch('/api/tasks/' + encodeURIComponent(taskId) + '/evidence-files', {
    credentials: 'same-origin', headers: { Accept: 'application/json' }, signal
  })
    .then(response => readJson(response).then(body => {
      if (signal.aborted) return;
      if (response.ok) {
        render(node, body, taskId, signal, notice, error);
      } else {
        node.replaceChildren(el('p', { style: 'padding: 15px', class: 'text-muted' },
          response.status === 404 ? '本任务没有佐证材料。' : (body.message || '加载失败')));
      }
    }))
    .catch(e => {
      if (e.name !== 'AbortError') node.replaceChildren(el('p', { style: 'padding: 15px' }, '加载失败：' + e.message));
    });
}

export default [{
  id: 'rectification-evidence-tab',
  pluginPoint: 'tasklist.task.detail',
  priority: 960,
  properties: { label: '佐证材料' },
  render(node, { taskId }) {
    if (aborter) aborter.abort();
    aborter = new AbortController();
    node.replaceChildren(el('p', { style: 'padding: 15px' }, '加载中…'));
    load(node, taskId, aborter.signal);
  },
  unmount() {
    if (aborter) aborter.abort();
  }
}];
