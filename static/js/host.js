/* The host console's core: the token, the socket, the meeting's state, phases and wishes.
   The host token comes in the URL fragment once; it is kept in this browser and taken off the URL.
   host_wall.js (moderation) and host_room.js (switches, timer, notes) listen through QPM.host.onChange. */
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
  if (!token) { document.getElementById("connection").textContent = T.no_token; return; }

  var listeners = [];
  var host = QPM.host = {
    token: token,
    fresh: !!fromLink && QPM.justCreated(),  /* just created: show the host link once */
    meeting: null,
    items: {},
    notes: {},
    onChange: function (listener) { listeners.push(listener); },
    changed: function () { if (host.meeting) listeners.forEach(function (listener) { listener(); }); },
    /* Send an action; show a refusal in `feedback`, call `done` with a successful ack, `always` after any. */
    send: function (event, payload, feedback, done, always) {
      socket.timeout(10000).emit(event, payload, function (timedOut, ack) {
        var shown = document.getElementById(feedback || "phase-feedback");
        shown.textContent = timedOut ? T.reconnecting : ack.ok ? "" : ack.error.message;
        if (!timedOut && ack.ok && done) done(ack);
        if (always) always();
      });
    }
  };

  function renderMeeting() {
    var meeting = host.meeting;
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
    host.changed();
  }

  function addWish(wish) {
    var item = QPM.el("li", "wish");
    item.appendChild(QPM.el("p", "wish-text", wish.text));
    var start = QPM.el("a", "button small", T.start_from_wish);
    start.href = "/host/new?" + new URLSearchParams({
      question: wish.text, kind: host.meeting.kind, unit: host.meeting.unit, language: host.meeting.language
    }).toString();
    item.appendChild(start);
    document.getElementById("wishes").appendChild(item);
    document.getElementById("wishes-empty").hidden = true;
  }

  document.getElementById("phases").addEventListener("click", function (event) {
    var phase = event.target.getAttribute("data-phase");
    if (!phase || (phase === "closed" && !window.confirm(T.confirm_close))) return;
    host.send(E.CHANGE_PHASE, { phase: phase });
  });
  document.getElementById("question-select").addEventListener("change", function (event) {
    host.send(E.CHANGE_PHASE, { phase: host.meeting.phase, question: Number(event.target.value) });
  });

  var socket = QPM.connect({ meeting: meetingId, token: token });
  host.socket = socket;
  socket.on(E.STATE, function (state) {
    host.meeting = QPM.receiveTimer(state.meeting);
    QPM.rememberHosted(state.meeting);
    host.notes = state.notes;
    host.items = {};
    state.contributions.forEach(function (c) { host.items[c.id] = c; });
    var join = document.getElementById("join-link");
    join.href = state.links.join_url;
    join.textContent = state.links.join_url;
    document.getElementById("screen-link").href = state.links.screen_url;
    document.getElementById("code").textContent = state.meeting.code;
    document.getElementById("wishes").textContent = "";
    state.wishes.forEach(addWish);
    renderMeeting();
  });
  socket.on(E.PHASE, function (update) {
    QPM.receiveTimer(update);
    for (var key in update) host.meeting[key] = update[key];
    renderMeeting();
  });
  socket.on(E.CONTRIBUTION, function (c) { host.items[c.id] = c; host.changed(); });
  /* A parent took back a held contribution to change it: it is gone from the moderation list. */
  socket.on(E.CONTRIBUTION_REMOVED, function (c) { delete host.items[c.id]; host.changed(); });
  socket.on(E.WISH, addWish);
})();
