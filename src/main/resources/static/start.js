// The demo logins are listed only where the demo runs: the endpoint answers 404 otherwise.
(function () {
  fetch('/demo/logins', { headers: { Accept: 'application/json' } })
    .then(function (response) { return response.ok ? response.json() : null; })
    .then(function (demo) {
      if (!demo) {
        return;
      }
      document.getElementById('demo-building').hidden = demo.status !== 'BUILDING';
      document.getElementById('demo-interrupted').hidden = demo.status !== 'INTERRUPTED';
      document.getElementById('demo-password').textContent = demo.password || '（由系统管理员在 Admin 中设置）';
      var body = document.getElementById('demo-logins');
      demo.logins.forEach(function (login) {
        var row = document.createElement('tr');
        [login.logins.join('、'), login.who, login.sees].forEach(function (text) {
          var cell = document.createElement('td');
          cell.textContent = text;
          row.appendChild(cell);
        });
        body.appendChild(row);
      });
      document.getElementById('demo').hidden = false;
    })
    .catch(function () { /* the start page works without the list */ });
})();
