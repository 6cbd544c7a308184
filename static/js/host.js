/* The host console: phases, the question shown, and moderation of the live contributions.
   The host token comes in the URL fragment once; it is kept in this browser and taken off the URL. */
(function () {
  "use strict";
  var QPM = window.QPM, E = QPM.EVENTS, T = QPM.texts;
  var meetingId = document.body.getAttribute("data-meeting");
  var tokenKey = "qpm.host." + meetingId;
  var fromLink = /[#&]t=([^&]+)/.exec(location.hash);
  if (fromLink) {
    localStorage.setItem(tokenKey, decodeURIComponent(fromLink[1]));
    history.replaceState(null, "", location.pathname + location.search);
  }
  var token = localStorage.getItem(tokenKey);
  var status = document.getElementById("connection");
  if (!token) { status.textContent = T.no_token; return; }

  var meeting = null;
  var items = {};
  var wall = document.getElementById("wall");
  var feedback = document.getElementById("phase-feedback");

  function renderMeeting() {
    document.getElementById("console").hidden = false;
    document.getElementById("title").textContent = meeting.title;
    document.getElementById("unit").textContent = meeting.unit;
    document.getElementById("question").textContent = meeting.question;
    document.getElementById("as-is").hidden = (meeting.accepted_as_is || []).indexOf(meeting.question_index) < 0;
    var buttons = document.querySelectorAll("#phases button");
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].setAttribute("aria-pressed", String(buttons[i].getAttribute("data-phase") === meeting.phase));
    }
    var select = document.getElementById("question-select");
    document.getElementById("question-choice").hidden = meeting.question_count < 2;
    if (meeting.questions && select.options.length !== meeting.questions.length) {
      select.textContent = "";
      meeting.questions.forEach(function (q, index) {
        var option = QPM.el("option", "", (index + 1) + ". " + q);
        option.value = index;
        select.appendChild(option);
      });
    }
    select.value = meeting.question_index;
    renderWall();
  }

  function actionsFor(item) {
    var actions = item.status === "held" ? ["approve", "hide"] :
                  item.status === "hidden" ? ["restore"] : ["hide"];
    return actions.concat(item.starred ? ["unstar"] : ["star"]);
  }

  function renderWall() {
    var shown = Object.keys(items).map(function (id) { return items[id]; }).filter(function (c) {
      return c.question_index === meeting.question_index;
    }).sort(function (a, b) { return a.id - b.id; });
    var counts = { visible: 0, held: 0, hidden: 0 };
    wall.textContent = "";
    shown.forEach(function (item) {
      counts[item.status] += 1;
      var li = QPM.el("li", "host-item " + item.status + (item.starred ? " starred" : ""));
      li.appendChild(QPM.el("p", "host-text", item.text));
      var meta = QPM.el("p", "host-meta", T["status_" + item.status] + (item.starred ? " · " + T.starred : ""));
      li.appendChild(meta);
      var tools = QPM.el("div", "host-tools");
      actionsFor(item).forEach(function (action) {
        var button = QPM.el("button", "small", T[action]);
        button.type = "button";
        button.setAttribute("data-id", item.id);
        button.setAttribute("data-action", action);
        tools.appendChild(button);
      });
      li.appendChild(tools);
      wall.appendChild(li);
    });
    document.getElementById("wall-empty").hidden = shown.length > 0;
    document.getElementById("count").textContent =
      QPM.fill(T.count, { shown: counts.visible, held: counts.held, hidden: counts.hidden });
  }

  function addWish(wish) {
    var item = QPM.el("li", "wish");
    item.appendChild(QPM.el("p", "wish-text", wish.text));
    var start = QPM.el("a", "button small", T.start_from_wish);
    start.href = "/host/new?" + new URLSearchParams({
      question: wish.text, kind: meeting.kind, unit: meeting.unit, language: meeting.language }).toString();
    item.appendChild(start);
    document.getElementById("wishes").appendChild(item);
    document.getElementById("wishes-empty").hidden = true;
  }

  function send(event, payload) {
    socket.timeout(10000).emit(event, payload, function (timedOut, ack) {
      feedback.textContent = timedOut ? T.reconnecting : ack.ok ? "" : ack.error.message;
    });
  }

  document.getElementById("phases").addEventListener("click", function (event) {
    var phase = event.target.getAttribute("data-phase");
    if (!phase || (phase === "closed" && !window.confirm(T.confirm_close))) return;
    send(E.CHANGE_PHASE, { phase: phase });
  });
  document.getElementById("question-select").addEventListener("change", function (event) {
    send(E.CHANGE_PHASE, { phase: meeting.phase, question: Number(event.target.value) });
  });
  wall.addEventListener("click", function (event) {
    var action = event.target.getAttribute("data-action");
    if (action) send(E.MODERATE, { id: Number(event.target.getAttribute("data-id")), action: action });
  });

  var socket = QPM.connect({ meeting: meetingId, token: token });
  socket.on(E.STATE, function (state) {
    meeting = state.meeting;
    items = {};
    state.contributions.forEach(function (c) { items[c.id] = c; });
    var links = state.links;
    var join = document.getElementById("join-link");
    join.href = links.join_url;
    join.textContent = links.join_url;
    document.getElementById("screen-link").href = links.screen_url;
    document.getElementById("code").textContent = meeting.code;
    document.getElementById("wishes").textContent = "";
    state.wishes.forEach(addWish);
    renderMeeting();
  });
  socket.on(E.PHASE, function (update) {
    for (var key in update) meeting[key] = update[key];
    renderMeeting();
  });
  socket.on(E.CONTRIBUTION, function (c) { items[c.id] = c; if (meeting) renderWall(); });
  socket.on(E.WISH, addWish);
})();
