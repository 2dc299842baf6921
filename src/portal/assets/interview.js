// 在线访谈 live record: while the event runs, fetch new entries every 10 seconds and append them.
// The page reads fully without this script; it only saves the reader a reload.
(function () {
  var list = document.querySelector('[data-live-entries]');
  if (!list || !window.fetch) return;
  var url = list.getAttribute('data-live-entries');
  function last() {
    var items = list.querySelectorAll('li[data-seq]');
    return items.length ? Number(items[items.length - 1].getAttribute('data-seq')) : 0;
  }
  function poll() {
    fetch(url + '?after=' + last(), { headers: { accept: 'application/json' } })
      .then(function (res) {
        return res.ok ? res.json() : null;
      })
      .then(function (data) {
        if (!data) return;
        data.entries.forEach(function (e) {
          var li = document.createElement('li');
          li.setAttribute('data-seq', String(e.seq));
          var who = document.createElement('strong');
          who.textContent = e.speaker + '：';
          li.appendChild(who);
          li.appendChild(document.createTextNode(e.text));
          list.appendChild(li);
        });
        if (data.phase === 'live') setTimeout(poll, 10000);
      })
      .catch(function () {
        setTimeout(poll, 30000);
      });
  }
  setTimeout(poll, 10000);
})();
