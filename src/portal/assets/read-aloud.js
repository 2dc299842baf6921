// 朗读 (website.md §7: article pages can be read aloud, with an on/off switch). Loaded only while
// the visitor has switched reading on; uses the browser's own speech synthesis, no outside service.
// It adds a bar to read the whole page, pause and stop, and reads what the visitor points at or
// moves to with the keyboard (指读).
(function () {
  var main = document.getElementById('main');
  if (!main) return;
  var bar = document.createElement('div');
  bar.className = 'read-aloud-bar';
  bar.setAttribute('role', 'region');
  bar.setAttribute('aria-label', '朗读');
  var status = document.createElement('p');
  status.setAttribute('role', 'status');
  var synth = window.speechSynthesis;
  if (!synth || typeof window.SpeechSynthesisUtterance !== 'function') {
    status.textContent = '您的浏览器不支持朗读，可使用手机或电脑自带的读屏功能。';
    bar.appendChild(status);
    main.insertBefore(bar, main.firstChild);
    return;
  }

  var reading = null;
  function voice() {
    var voices = synth.getVoices();
    for (var i = 0; i < voices.length; i++) if (/^zh/i.test(voices[i].lang)) return voices[i];
    return null;
  }
  function mark(el) {
    if (reading) reading.classList.remove('reading');
    reading = el;
    if (el) el.classList.add('reading');
  }
  // Long text is read sentence by sentence: some browsers stop a single long utterance part-way.
  function sentences(text) {
    return (text.replace(/\s+/g, ' ').match(/[^。！？；!?;]+[。！？；!?;]*/g) || [])
      .map(function (s) {
        return s.trim();
      })
      .filter(Boolean);
  }
  function say(text, el) {
    synth.cancel();
    mark(el || null);
    var parts = sentences(text);
    var v = voice();
    parts.forEach(function (part, i) {
      var u = new SpeechSynthesisUtterance(part);
      u.lang = 'zh-CN';
      if (v) u.voice = v;
      u.rate = document.documentElement.classList.contains('elder') ? 0.85 : 1;
      if (i === parts.length - 1)
        u.onend = function () {
          mark(null);
        };
      synth.speak(u);
    });
  }
  function textOf(el) {
    var label = el.getAttribute('aria-label') || el.getAttribute('title') || el.getAttribute('alt');
    if (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT') {
      var own = el.labels && el.labels[0] ? el.labels[0].textContent : label;
      return (own || '') + '，' + (el.value || '空');
    }
    return (el.innerText || el.textContent || label || '').trim().slice(0, 400);
  }
  function button(text, onClick) {
    var b = document.createElement('button');
    b.type = 'button';
    b.textContent = text;
    b.addEventListener('click', onClick);
    bar.appendChild(b);
    return b;
  }
  button('朗读全文', function () {
    say(main.innerText || main.textContent || '', main);
    status.textContent = '正在朗读全文';
  });
  var pause = button('暂停', function () {
    if (synth.paused) {
      synth.resume();
      pause.textContent = '暂停';
    } else {
      synth.pause();
      pause.textContent = '继续';
    }
  });
  button('停止', function () {
    synth.cancel();
    mark(null);
    status.textContent = '已停止朗读';
  });
  bar.appendChild(status);
  main.insertBefore(bar, main.firstChild);

  // 指读: what the keyboard moves to is read at once; what the pointer rests on, after a moment.
  var POINTABLE = 'a, button, summary, h1, h2, h3, h4, p, li, td, th, label, dt, dd';
  document.addEventListener('focusin', function (e) {
    var el = e.target;
    if (el && el.nodeType === 1 && !bar.contains(el)) say(textOf(el), el);
  });
  var timer = null;
  document.addEventListener('mouseover', function (e) {
    var el = e.target && e.target.closest ? e.target.closest(POINTABLE) : null;
    clearTimeout(timer);
    if (!el || el === reading || bar.contains(el)) return;
    timer = setTimeout(function () {
      say(textOf(el), el);
    }, 500);
  });
  window.addEventListener('pagehide', function () {
    synth.cancel();
  });
})();
