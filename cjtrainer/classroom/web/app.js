// cjtrainer classroom quiz, browser client. Speaks docs/classroom-protocol.md over the
// websocket of the page's own host. Untrusted text (names, deck text) is only ever set
// with textContent; the page's Content-Security-Policy (Trusted Types) forbids HTML sinks.
"use strict";
(function () {
  var S = JSON.parse(document.getElementById("strings").textContent);
  var $ = function (id) { return document.getElementById(id); };
  var SHAPES = ["\u25B2", "\u25C6", "\u25CF", "\u25A0", "\u2605", "\u25BC"]; // E is not A
  var SECTIONS = ["join", "wait", "question", "reveal", "board", "end", "stop", "activity", "handback"];
  var FINAL = { kicked: 1, replaced: 1 };

  function saved(key) { try { return sessionStorage.getItem(key); } catch (e) { return null; } }
  function save(key, value) {
    try { if (value == null) sessionStorage.removeItem(key); else sessionStorage.setItem(key, value); } catch (e) { /* private mode */ }
  }
  function pickLang() {
    var chosen = null;
    try { chosen = localStorage.getItem("cj.lang"); } catch (e) { /* private mode */ }
    if (chosen === "nl" || chosen === "en") return chosen;
    var wanted = (navigator.languages && navigator.languages[0]) || navigator.language || "nl";
    return /^en\b/i.test(wanted) ? "en" : "nl";
  }

  var lang = pickLang();
  var token = saved("cj.token");
  var me = saved("cj.name") || "";
  var ws = null, pending = null, stopped = false, retries = 0, retryTimer = 0, hiddenAt = 0;
  var view = null;       // the last message that decides the screen (to redraw on a language switch)
  var q = null;          // the open question
  var answered = false, sending = false, selected = [], note = "", total = 0;
  var deadline = 0, clock = 0, statusKey = "", statusFields = {};
  var act = null, actSection = 0, actTimer = 0, spot = null, downloadUrl = null; // the touchpoint board

  function fmt(key, fields) {
    var text = (S[lang] && S[lang][key]) || S.nl[key] || key;
    fields = fields || {};
    return text.replace(/\{(\w+)(?::([^|}]*)\|([^}]*))?\}/g, function (m, name, one, other) {
      var value = fields[name];
      if (one !== undefined) return value === 1 ? one : other;
      return value == null ? "" : String(value);
    });
  }
  function el(tag, props, text) {
    var node = document.createElement(tag);
    for (var k in props) if (Object.prototype.hasOwnProperty.call(props, k)) node.setAttribute(k, props[k]);
    if (text != null) node.textContent = text;
    return node;
  }
  function show(id) {
    SECTIONS.forEach(function (s) { $(s).hidden = s !== id; });
    if (id !== "question") { clearInterval(clock); clock = 0; }
    if (id !== "activity") { clearInterval(actTimer); actTimer = 0; }
  }
  function setText(id, text) { $(id).textContent = text || ""; }

  // ------------------------------------------------------------------ language

  function applyLanguage() {
    document.documentElement.lang = lang;
    document.title = fmt("web.brand");
    Array.prototype.forEach.call(document.querySelectorAll("[data-t]"), function (node) {
      node.textContent = fmt(node.getAttribute("data-t"));
    });
    var other = lang === "nl" ? "en" : "nl";
    var button = $("lang");
    button.textContent = fmt("web.switch");
    button.setAttribute("lang", other);
    setStatus(statusKey, statusFields);
    if (view) render(view);
  }
  $("lang").addEventListener("click", function () {
    lang = lang === "nl" ? "en" : "nl";
    try { localStorage.setItem("cj.lang", lang); } catch (e) { /* private mode */ }
    applyLanguage();
  });

  function setStatus(key, fields) {
    statusKey = key; statusFields = fields || {};
    setText("status", key ? fmt(key, statusFields) : "");
  }

  // ------------------------------------------------------------------ connection

  function open() { return ws && ws.readyState === 1; }

  function send(message) {
    if (!open()) return false;
    ws.send(JSON.stringify(message));
    return true;
  }

  function connect() {
    clearTimeout(retryTimer);
    if (ws) {
      var old = ws; ws = null;
      old.onopen = old.onmessage = old.onclose = null;
      try { old.close(1000); } catch (e) { /* already closed */ }
    }
    var scheme = location.protocol === "https:" ? "wss://" : "ws://";
    var sock = new WebSocket(scheme + location.host + "/");
    ws = sock;
    setStatus(retries ? "classroom.join.status.reconnecting" : "classroom.join.status.connecting",
              { url: location.host });
    sock.onopen = function () {
      if (sock !== ws) return;
      retries = 0;
      setStatus("classroom.join.status.connected", { url: location.host });
      if (token) send({ type: "resume", token: token });
      else if (pending) send({ type: "join", code: pending.code, name: pending.name, can: ["board"] });
    };
    sock.onmessage = function (event) {
      if (sock !== ws) return;
      var message;
      try { message = JSON.parse(event.data); } catch (e) { return; }
      if (message && typeof message.type === "string") receive(message);
    };
    sock.onclose = function () {
      if (sock !== ws) return;
      ws = null;
      if (stopped || (!token && !pending)) { setStatus("classroom.join.status.closed"); return; }
      retries += 1;
      setStatus("classroom.join.status.reconnecting", { url: location.host });
      var delay = Math.min(5000, 250 * Math.pow(2, Math.min(retries, 5)));
      retryTimer = setTimeout(connect, delay * (0.5 + Math.random() / 2));
    };
  }

  // A phone that was locked or changed networks may hold a socket that is dead without
  // knowing it: coming back, connect afresh (resume is cheap and replaces the old one).
  function wake(force) {
    if (stopped || (!token && !pending)) return;
    if (force || !open()) { retries = Math.max(retries, 1); connect(); }
  }
  document.addEventListener("visibilitychange", function () {
    if (document.hidden) { hiddenAt = Date.now(); return; }
    wake(hiddenAt && Date.now() - hiddenAt > 3000);
  });
  window.addEventListener("online", function () { wake(true); });
  window.addEventListener("pageshow", function (e) { if (e.persisted) wake(true); });

  // ------------------------------------------------------------------ messages

  function receive(m) {
    switch (m.type) {
      case "welcome":
        token = m.token; me = m.name; pending = null;
        save("cj.token", token); save("cj.name", me);
        if (m.state) { receive(m.state); }
        else { view = { type: "wait-late" }; render(view); }
        return;
      case "lobby": case "question": case "reveal": case "leaderboard": case "end":
        if (m.type === "question") startQuestion(m);
        view = m; render(m);
        return;
      case "board":
        act = m; spot = m.spotlight || null;
        deadline = Date.now() + (m.remaining_ms || 0);
        view = m; render(m);
        return;
      case "noted":
        if (act) { act.mine = act.mine || {}; act.mine[m.section] = m.mine || []; setText("a-note", ""); drawActivity(); }
        return;
      case "spotlight":
        spot = m.spotlight || null;
        if (view && view.type === "board") drawActivity();
        return;
      case "board-end":
        token = null; save("cj.token", null); stopped = true;
        view = m; render(m);
        return;
      case "ack":
        if (q && m.question === q.index) { answered = true; sending = false; note = "classroom.join.q.answered"; drawQuestion(); }
        return;
      case "error":
        failed(m);
        return;
    }
  }

  function failed(m) {
    // the host sends a code only: said here in the page's language
    var text = S.nl["classroom.error." + m.code] ? fmt("classroom.error." + m.code) : fmt("classroom.join.refused", { code: String(m.code) });
    if (m.code === "bad-token" || m.code === "kicked") { token = null; save("cj.token", null); }
    if (FINAL[m.code]) {
      stopped = true;
      view = { type: "stop", code: m.code, text: text }; render(view);
      return;
    }
    if (m.code === "ended" && token) {
      token = null; save("cj.token", null); stopped = true;
      if (!view || view.type !== "end") { view = { type: "stop", code: m.code, text: text }; render(view); }
      return;
    }
    if (!token) { // a join (or a lost place) that did not work: back to the form
      pending = null;
      view = { type: "join", error: text }; render(view);
      return;
    }
    if (view && view.type === "question") { sending = false; note = text; drawQuestion(); }
    if (view && view.type === "board") setText("a-note", text);
  }

  // ------------------------------------------------------------------ screens

  function render(m) {
    switch (m.type) {
      case "join": return drawJoin(m.error);
      case "wait-late":
        show("wait");
        setText("wait-text", fmt("classroom.join.wait.late")); setText("wait-more", "");
        return;
      case "lobby":
        show("wait");
        setText("wait-text", fmt("classroom.join.wait.lobby", { name: me }));
        setText("wait-more", fmt("classroom.join.wait.players", { count: m.players }));
        return;
      case "wait-resume":
        show("wait");
        setText("wait-text", fmt("classroom.join.resuming")); setText("wait-more", "");
        return;
      case "question": return drawQuestion();
      case "reveal": return drawReveal(m);
      case "leaderboard": return drawBoard(m);
      case "end": return drawEnd(m);
      case "board": return drawActivity();
      case "board-end": return drawHandback(m);
      case "stop":
        show("stop");
        setText("stop-text", m.text);
        $("again").textContent = fmt(m.code === "replaced" ? "web.here" : "web.again");
        return;
    }
  }

  function drawJoin(error) {
    show("join");
    setText("join-error", error || "");
    var form = $("join-form");
    Array.prototype.forEach.call(form.elements, function (c) { c.disabled = false; });
  }

  // ------------------------------------------------------------------ the touchpoint board
  // Only this student's own touchpoints come back (noted), and what the teacher puts in
  // the spotlight: never another student's text or name.

  function drawActivity() {
    if (!act) return;
    show("activity");
    var sections = act.sections || [];
    actSection = Math.min(actSection, Math.max(0, sections.length - 1));
    var open = act.phase === "open";
    var head = act.title || "";
    if (open) {
      var left = Math.max(0, Math.ceil((deadline - Date.now()) / 1000));
      head += " \u00B7 " + fmt("web.board.open", { time: Math.floor(left / 60) + ":" + ("0" + left % 60).slice(-2) });
    } else if (act.phase === "closed") head = fmt("classroom.join.board.closed");
    else head = fmt("classroom.join.board.wait", { name: me });
    setText("a-head", head);
    $("a-spot").hidden = !spot;
    if (spot) setText("a-spot", fmt("classroom.join.board.spotlight", { text: spot.section_title + ": " + spot.text, count: spot.count }));
    var select = $("a-section");
    if (select.options.length !== sections.length) {
      select.replaceChildren();
      sections.forEach(function (section, i) { select.appendChild(el("option", { value: String(i) }, section.title)); });
    }
    select.value = String(actSection);
    var section = sections[actSection];
    var mine = act.mine || {};
    if (section) {
      var own = mine[section.id] || [];
      var room = Math.max(0, section.answers - own.length);
      setText("a-prompt", (section.prompt || "") + " " + (room ? fmt("web.board.left", { left: room }) : fmt("web.board.full")));
    }
    $("a-form").hidden = !open;
    var list = $("a-mine");
    list.replaceChildren();
    list.appendChild(el("h2", {}, fmt("classroom.join.board.mine")));
    sections.forEach(function (s) {
      var texts = mine[s.id] || [];
      if (!texts.length) return;
      list.appendChild(el("h2", {}, s.title));
      var ul = el("ul", { "class": "mine" });
      texts.forEach(function (text) { ul.appendChild(el("li", {}, text)); });
      list.appendChild(ul);
    });
    if (open && !actTimer) actTimer = setInterval(function () { if (view && view.type === "board") drawActivity(); }, 1000);
  }

  $("a-section").addEventListener("change", function (event) { actSection = parseInt(event.target.value, 10) || 0; drawActivity(); });
  $("a-form").addEventListener("submit", function (event) {
    event.preventDefault();
    var input = $("a-text"), text = input.value.trim();
    var section = act && (act.sections || [])[actSection];
    if (!text || !section) return;
    if (send({ type: "touchpoint", section: section.id, text: text })) { input.value = ""; setText("a-note", fmt("web.sending")); }
    else setText("a-note", fmt("classroom.join.not-sent"));
    input.focus();
  });

  function handbackText(m) {
    var exercise = m.exercise || {}, mine = m.mine || {}, lines = [exercise.title || m.title || ""];
    (exercise.sections || []).forEach(function (s) {
      var texts = mine[s.id] || [];
      if (!texts.length) return;
      lines.push("", s.title);
      texts.forEach(function (text) { lines.push("- " + text); });
    });
    return lines.join("\n") + "\n";
  }

  function drawHandback(m) {
    show("handback");
    var text = handbackText(m);
    $("h-text").value = text;
    if (downloadUrl) URL.revokeObjectURL(downloadUrl);
    downloadUrl = URL.createObjectURL(new Blob([text], { type: "text/plain;charset=utf-8" }));
    $("h-download").setAttribute("href", downloadUrl);
  }
  $("h-copy").addEventListener("click", function () {
    var area = $("h-text");
    area.focus(); area.select();
    var done = function () { setText("h-note", fmt("web.board.copied")); };
    if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(area.value).then(done, function () { document.execCommand("copy"); done(); });
    else { document.execCommand("copy"); done(); }
  });

  $("join-form").addEventListener("submit", function (event) {
    event.preventDefault();
    var form = event.target;
    var code = form.elements.code.value.replace(/\s+/g, "").toUpperCase();
    var name = form.elements.name.value.trim();
    if (!code || !name) { setText("join-error", fmt("classroom.join.fill-in")); return; }
    setText("join-error", "");
    pending = { code: code, name: name };
    stopped = false;
    if (!send({ type: "join", code: code, name: name, can: ["board"] })) { retries = 0; connect(); }
  });

  $("again").addEventListener("click", function () {
    var replaced = view && view.code === "replaced";
    stopped = false;
    if (replaced && token) { retries = 0; connect(); return; }
    view = { type: "join" }; render(view);
    $("code").focus();
  });

  function startQuestion(m) {
    if (!q || q.index !== m.index) { selected = []; note = ""; sending = false; }
    q = m; total = m.total;
    answered = !!m.answered;
    if (answered) note = "classroom.join.q.answered";
    deadline = Date.now() + (m.remaining_ms || 0);
  }

  function tick() {
    if (!q) return;
    var left = Math.max(0, deadline - Date.now());
    setText("q-left", fmt("classroom.join.q.left", { seconds: Math.ceil(left / 1000) }));
    $("q-bar").style.transform = "scaleX(" + (q.time_ms ? left / q.time_ms : 0).toFixed(3) + ")";
  }

  function answer(value) {
    if (answered || sending || !q) return;
    if (send({ type: "answer", question: q.index, answer: value })) { sending = true; note = "web.sending"; }
    else note = "classroom.join.not-sent";
    drawQuestion();
  }

  // True/false comes without choices: the ids are fixed, the words are the page's own.
  function choicesOf(m) {
    if (m.kind !== "truefalse") return m.choices || [];
    return [{ id: "true", text: fmt("classroom.true") }, { id: "false", text: fmt("classroom.false") }];
  }

  function optionButton(choice, index, kind) {
    var cls = kind === "truefalse" ? "opt tf-" + choice.id : "opt c" + (index % SHAPES.length);
    var button = el("button", { type: "button", "class": cls, "data-choice": choice.id });
    var shape = kind === "truefalse" ? (choice.id === "true" ? "\u2714" : "\u2716") : SHAPES[index % SHAPES.length];
    button.appendChild(el("span", { "class": "shape", "aria-hidden": "true" }, shape));
    button.appendChild(el("span", { "class": "text" }, choice.text));
    return button;
  }

  function drawQuestion() {
    if (!q) return;
    var m = q, locked = answered || sending;
    show("question");
    setText("q-head", fmt("classroom.join.q.head", { index: m.index + 1, total: m.total }) + " \u00B7 " +
            fmt("web.kind." + (m.kind === "choice" && m.multiple ? "multiple" : m.kind)));
    setText("q-prompt", m.prompt);
    setText("q-hint", locked ? "" : fmt("web.hint." + (m.kind === "choice" && m.multiple ? "multiple" : m.kind)));
    var body = $("q-body");
    var focused = document.activeElement && document.activeElement.getAttribute("data-choice");
    body.replaceChildren();
    if (m.kind === "choice" || m.kind === "truefalse") {
      var grid = el("div", { "class": "grid", role: "group", "aria-label": fmt("web.answers") });
      choicesOf(m).forEach(function (choice, i) {
        var button = optionButton(choice, i, m.kind);
        var on = selected.indexOf(choice.id) >= 0;
        if (m.multiple || on) button.setAttribute("aria-pressed", on ? "true" : "false");
        button.disabled = locked;
        button.addEventListener("click", function () {
          if (!m.multiple) { selected = [choice.id]; answer({ choice: choice.id }); return; }
          var at = selected.indexOf(choice.id);
          if (at >= 0) selected.splice(at, 1); else selected.push(choice.id);
          drawQuestion();
          var again = body.querySelector('[data-choice="' + choice.id + '"]');
          if (again) again.focus();
        });
        grid.appendChild(button);
      });
      body.appendChild(grid);
      if (m.multiple) {
        var go = el("button", { type: "button", "class": "primary", id: "send" }, fmt("web.send"));
        go.disabled = locked || !selected.length;
        go.addEventListener("click", function () { answer({ choice: selected.slice() }); });
        body.appendChild(go);
      }
      if (focused && !locked) { var f = body.querySelector('[data-choice="' + focused + '"]'); if (f) f.focus(); }
    } else if (m.kind === "typed") {
      var form = el("form", { "class": "typed", autocomplete: "off" });
      var label = el("label", { "for": "answer" }, fmt("web.your-answer"));
      var input = el("input", { id: "answer", name: "answer", maxlength: "500", autocapitalize: "off", spellcheck: "false" });
      var submit = el("button", { type: "submit", "class": "primary" }, fmt("web.send"));
      input.value = selected[0] || "";
      input.disabled = submit.disabled = locked;
      input.addEventListener("input", function () { selected = [input.value]; });
      form.addEventListener("submit", function (event) {
        event.preventDefault();
        var text = input.value.trim();
        if (text) answer({ text: text });
      });
      form.appendChild(label); form.appendChild(input); form.appendChild(submit);
      body.appendChild(form);
      if (!locked) input.focus();
    } else if (m.kind === "order") {
      drawOrder(body, m, locked);
    }
    setText("q-note", note ? fmt(note) : "");
    $("q-note").className = "note" + (answered ? " done" : "");
    tick();
    if (!clock) clock = setInterval(tick, 250);
  }

  // Order: tap the items in the right order (each goes to "your order"); tap a placed
  // one to take it back. Or drag a placed one to another place. Keyboard: the same buttons.
  function drawOrder(body, m, locked) {
    var items = m.items || [];
    var byId = {};
    items.forEach(function (item) { byId[item.id] = item; });
    selected = selected.filter(function (id) { return byId[id]; });
    body.appendChild(el("h2", { "class": "sub", id: "placed-title" }, fmt("web.order.placed")));
    var placed = el("ol", { "class": "placed", "aria-labelledby": "placed-title" });
    selected.forEach(function (id, position) {
      var li = el("li");
      var b = el("button", { type: "button", "class": "item placed-item", "data-item": id, draggable: locked ? "false" : "true",
                             "aria-label": fmt("web.order.take-back", { position: position + 1, item: byId[id].text }) });
      b.appendChild(el("span", { "class": "pos", "aria-hidden": "true" }, String(position + 1)));
      b.appendChild(el("span", { "class": "text" }, byId[id].text));
      b.disabled = locked;
      b.addEventListener("click", function () { selected.splice(selected.indexOf(id), 1); drawQuestion(); focusOrder(); });
      b.addEventListener("dragstart", function (e) { e.dataTransfer.setData("text/plain", id); });
      b.addEventListener("dragover", function (e) { e.preventDefault(); });
      b.addEventListener("drop", function (e) {
        e.preventDefault();
        var moved = e.dataTransfer.getData("text/plain");
        var from = selected.indexOf(moved), to = selected.indexOf(id);
        if (from < 0 || to < 0 || from === to) return;
        selected.splice(from, 1); selected.splice(to, 0, moved);
        drawQuestion();
      });
      li.appendChild(b); placed.appendChild(li);
    });
    body.appendChild(placed);
    var rest = items.filter(function (item) { return selected.indexOf(item.id) < 0; });
    if (rest.length) {
      body.appendChild(el("h2", { "class": "sub", id: "pool-title" }, fmt("web.order.pool")));
      var pool = el("div", { "class": "pool", role: "group", "aria-labelledby": "pool-title" });
      rest.forEach(function (item) {
        var b = el("button", { type: "button", "class": "item", "data-item": item.id }, item.text);
        b.disabled = locked;
        b.addEventListener("click", function () { selected.push(item.id); drawQuestion(); focusOrder(); });
        pool.appendChild(b);
      });
      body.appendChild(pool);
    }
    var go = el("button", { type: "button", "class": "primary", id: "send" }, fmt("web.send"));
    go.disabled = locked || selected.length !== items.length;
    go.addEventListener("click", function () { answer({ order: selected.slice() }); });
    body.appendChild(go);
  }
  function focusOrder() {
    var next = document.querySelector(".pool .item") || document.getElementById("send");
    if (next && !next.disabled) next.focus();
  }

  function drawReveal(m) {
    show("reveal");
    setText("r-head", total ? fmt("classroom.join.q.head", { index: m.question + 1, total: total }) : "");
    var result = String(m.result);
    var mark = { correct: "\u2714 ", partial: "\u00B1 ", wrong: "\u2716 ", none: "\u2014 ", late: "\u2026 " }[result] || "";
    var text = mark + fmt("classroom.join.r." + result, { points: m.points });
    if (m.verdict === "typo") text += " " + fmt("classroom.join.r.typo");
    setText("r-result", text);
    $("r-result").className = "result " + result;
    var right = m.kind === "truefalse" ? fmt("classroom." + (m.correct_text === "true" ? "true" : "false")) : m.correct_text;
    setText("r-answer", fmt("classroom.join.r.answer", { answer: right }));
    setText("r-score", fmt("classroom.join.r.score", { score: m.score, rank: m.rank, players: m.players }));
    setText("r-explain", m.explain || "");
  }

  function ranking(list, entries) {
    list.replaceChildren();
    var rank = 0;
    (entries || []).forEach(function (entry, i) {
      // old hosts send no rank: equal scores share one (1, 1, 3)
      if (typeof entry.rank === "number") rank = entry.rank;
      else if (!i || entries[i - 1].score !== entry.score) rank = i + 1;
      var li = el("li", { value: String(rank) });
      li.appendChild(el("span", { "class": "name" }, entry.name));
      li.appendChild(el("span", { "class": "score" }, String(entry.score)));
      list.appendChild(li);
    });
  }

  function drawBoard(m) {
    show("board");
    setText("b-you", m.you ? fmt("classroom.join.b.you", { rank: m.you.rank, score: m.you.score }) : "");
    ranking($("b-top"), m.top);
  }

  function drawEnd(m) {
    show("end");
    var you = m.you || {};
    setText("e-you", fmt(you.questions ? "classroom.join.e.you" : "classroom.join.e.you.none", you));
    ranking($("e-podium"), m.podium);
  }

  // ------------------------------------------------------------------ start

  var params = new URLSearchParams(location.search);
  var code = (params.get("code") || "").replace(/[^A-Za-z0-9]/g, "").slice(0, 12).toUpperCase();
  $("code").value = code;
  $("name").value = token ? "" : me;
  applyLanguage();
  if (token) {
    view = { type: "wait-resume" }; render(view);
    connect();
  } else {
    view = { type: "join" }; render(view);
    if (code) $("name").focus(); else $("code").focus();
  }
})();
