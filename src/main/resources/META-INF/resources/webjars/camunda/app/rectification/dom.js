// Small DOM and fetch helpers shared by the Tasklist tabs and the Cockpit dashboard. Text from the server is only ever set as
// textContent (text nodes), never as HTML.

export const el = (tag, attrs = {}, ...children) => {
  const node = document.createElement(tag);
  Object.entries(attrs).forEach(([k, v]) => {
    if (k === 'class') node.className = v; else node.setAttribute(k, v);
  });
  children.filter(c => c !== null && c !== undefined)
    .forEach(c => node.append(typeof c === 'string' ? document.createTextNode(c) : c));
  return node;
};

export const xsrfToken = () => {
  const match = document.cookie.match(/(?:^|; )XSRF-TOKEN=([^;]*)/);
  return match ? decodeURIComponent(match[1]) : '';
};

export const readJson = response => response.text().then(text => {
  try {
    return text ? JSON.parse(text) : {};
  } catch (e) {
    return { message: '服务器返回了无法识别的内容（HTTP ' + response.status + '）' };
  }
});
