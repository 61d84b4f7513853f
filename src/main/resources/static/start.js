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

// Which years' holidays are official and which are provisional; the line stays hidden if the answer does not come.
(function () {
  // [2018, 2019, 2020, 2022] → "2018–2020、2022"
  function ranges(years) {
    var sorted = years.slice().sort(function (a, b) { return a - b; });
    var parts = [];
    sorted.forEach(function (year, i) {
      if (i > 0 && year === sorted[i - 1] + 1) {
        parts[parts.length - 1].to = year;
      } else {
        parts.push({ from: year, to: year });
      }
    });
    return parts.map(function (p) { return p.from === p.to ? String(p.from) : p.from + '–' + p.to; }).join('、');
  }

  fetch('/calendar/status', { headers: { Accept: 'application/json' } })
    .then(function (response) { return response.ok ? response.json() : null; })
    .then(function (status) {
      if (!status || !Array.isArray(status.officialYears)) {
        return;
      }
      var line = document.getElementById('calendar-status');
      var text = '节假日安排：';
      if (status.officialYears.length > 0) {
        text += ranges(status.officialYears) + ' 年按国务院办公厅公布的安排；';
      }
      text += status.firstProvisionalYear + ' 年起暂按法定节日计算（暂定），公布后由整改办在“工作日历”页上传。';
      line.textContent = text;
      line.hidden = false;
    })
    .catch(function () { /* the start page works without the line */ });
})();
