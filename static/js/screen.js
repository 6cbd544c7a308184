/* The projector: join code and QR in the lobby, info points, the question and the live wall.
   It has no controls; it rebuilds itself from `state` after every reconnect. */
(function () {
  "use strict";
  var QPM = window.QPM, E = QPM.EVENTS, T = QPM.texts;
  var wall = document.getElementById("wall");
  var meeting = null;
  var cards = {};

  function render() {
    QPM.showPhase(meeting.phase);
    QPM.fillList(document.getElementById("info-points"), meeting.info);
    document.getElementById("question").textContent = meeting.question;
    var all = Object.keys(cards).map(function (id) { return cards[id]; });
    var shown = all.filter(function (c) { return c.question_index === meeting.question_index; });
    /* Starred ideas lead; otherwise the order they came in. */
    shown.sort(function (a, b) { return (b.starred - a.starred) || (a.id - b.id); });
    var summary = meeting.phase === "summary";
    var count = shown.length === 1 ? T.count_one : QPM.fill(T.count_many, { n: shown.length });
    /* In reveal mode only the count shows, large, until the host reveals the wall (against group-think). */
    var waiting = !meeting.revealed && meeting.phase === "question";
    document.getElementById("reveal-wait").hidden = !waiting;
    document.getElementById("reveal-count").textContent = count;
    if (waiting) document.getElementById("wall-part").hidden = true;
    wall.hidden = summary;
    wall.textContent = "";
    shown.forEach(function (c) {
      var card = QPM.el("li", c.starred ? "idea starred" : "idea");
      card.appendChild(QPM.el("span", "idea-text", c.text));
      if (c.group || c.agrees) {
        var tags = [c.group, c.agrees ? QPM.fill(T.agrees, { n: c.agrees }) : null].filter(Boolean);
        card.appendChild(QPM.el("span", "idea-tags", tags.join(" · ")));
      }
      wall.appendChild(card);
    });
    /* The summary is the meeting's result: every question of a themed meeting, in its groups. */
    var result = document.getElementById("summary");
    result.hidden = !summary;
    if (summary) {
      var sections = QPM.summarise(all, meeting.all_questions || [meeting.question]);
      QPM.drawSummary(result, sections, T, 2);
      count = QPM.fill(T.count_many, { n: all.length });
      if (all.length === 1) count = T.count_one;
    }
    document.getElementById("question").textContent = summary ? T.summary_title : meeting.question;
    document.getElementById("count").textContent = count;
    QPM.countdown(document.getElementById("timer"), meeting.timer, T);
  }

  /* Nobody scrolls a projector: a wall taller than the screen scrolls slowly by itself, rests at the end
     and starts over. It holds still under the pointer or keyboard focus (WCAG 2.2.2); calmer if asked. */
  var part = document.getElementById("wall-part");
  var calm = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  var y = 0, rest = 60;
  setInterval(function () {
    var end = part.scrollHeight - part.clientHeight;
    if (part.hidden || end < 2 || part.matches(":hover, :focus-within")) { y = part.scrollTop; return; }
    if (rest > 0) { rest -= 1; return; }
    y = y >= end - 1 ? 0 : Math.min(y + (calm ? part.clientHeight * 0.8 : 1), end);
    part.scrollTop = y;
    if (calm || y === 0 || y >= end - 1) rest = calm ? 160 : 100;
  }, 50);

  var body = document.body;
  var socket = QPM.connect({ meeting: body.getAttribute("data-meeting"),
                             screen_token: body.getAttribute("data-screen-token") });
  /* The host chose another address for the QR code: the page is drawn anew with it. */
  function followAddress(joinUrl) {
    if (joinUrl && joinUrl !== body.getAttribute("data-join-url")) location.reload();
  }
  socket.on(E.ADDRESS, function (update) { followAddress(update.join_url); });
  socket.on(E.STATE, function (state) {
    followAddress(state.join_url);
    meeting = QPM.receiveTimer(state.meeting);
    cards = {};
    state.contributions.forEach(function (c) { cards[c.id] = c; });
    render();
  });
  socket.on(E.PHASE, function (update) { meeting = QPM.receiveTimer(update); render(); });
  socket.on(E.CONTRIBUTION, function (c) { cards[c.id] = c; if (meeting) render(); });
  socket.on(E.CONTRIBUTION_REMOVED, function (c) { delete cards[c.id]; if (meeting) render(); });
})();
