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
    var shown = Object.keys(cards).map(function (id) { return cards[id]; }).filter(function (c) {
      return c.question_index === meeting.question_index;
    });
    /* Starred ideas lead; otherwise the order they came in. */
    shown.sort(function (a, b) { return (b.starred - a.starred) || (a.id - b.id); });
    wall.textContent = "";
    shown.forEach(function (c) {
      wall.appendChild(QPM.el("li", c.starred ? "idea starred" : "idea", c.text));
    });
    document.getElementById("count").textContent =
      shown.length === 1 ? T.count_one : QPM.fill(T.count_many, { n: shown.length });
  }

  var body = document.body;
  var socket = QPM.connect({ meeting: body.getAttribute("data-meeting"),
                             screen_token: body.getAttribute("data-screen-token") });
  socket.on(E.STATE, function (state) {
    meeting = state.meeting;
    cards = {};
    state.contributions.forEach(function (c) { cards[c.id] = c; });
    render();
  });
  socket.on(E.PHASE, function (update) { meeting = update; render(); });
  socket.on(E.CONTRIBUTION, function (c) { cards[c.id] = c; if (meeting) render(); });
  socket.on(E.CONTRIBUTION_REMOVED, function (c) { delete cards[c.id]; if (meeting) render(); });
})();
