/* The console's top bar, always in sight on a laptop: phase, timer, how many wait for review (a button
   that jumps to them), connected phones, shown and hidden, a banner while nothing can be saved; and in the
   summary phase the same grouping as the projector. */
(function () {
  "use strict";
  var QPM = window.QPM, E = QPM.EVENTS, T = QPM.texts, host = QPM.host;
  if (!host) return;
  var waiting = document.getElementById("bar-waiting");
  var phones = null;

  function render() {
    var meeting = host.meeting;
    var pressed = document.querySelector("#phases button[aria-pressed=true]");
    document.getElementById("bar-phase").textContent = pressed ? pressed.textContent : "";
    QPM.countdown(document.getElementById("bar-timer"), meeting.timer, T);
    var items = Object.keys(host.items).map(function (id) { return host.items[id]; });
    var counts = { visible: 0, held: 0, hidden: 0, merged: 0 };
    items.forEach(function (c) { counts[c.status] += 1; });
    waiting.hidden = counts.held === 0;
    waiting.textContent = counts.held === 1 ? T.waiting_review_one : QPM.fill(T.waiting_review_many, { n: counts.held });
    document.getElementById("bar-counts").textContent = QPM.fill(T.shown_hidden, { shown: counts.visible, hidden: counts.hidden });
    if (phones !== null) {
      document.getElementById("bar-phones").textContent = phones === 1 ? T.phones_one : QPM.fill(T.phones_many, { n: phones });
    }
    var summary = document.getElementById("host-summary");
    summary.hidden = meeting.phase !== "summary" && meeting.phase !== "closed";
    if (!summary.hidden) {
      var shown = items.filter(function (c) { return c.status === "visible"; });
      QPM.drawSummary(summary, QPM.summarise(shown, meeting.questions || [meeting.question]), T, 3);
    }
  }

  /* Jump to the first contribution waiting for review, on whichever question it came to. */
  waiting.addEventListener("click", function () {
    var first = document.querySelector("#wall .host-item.held");
    if (!first) {
      var held = Object.keys(host.items).map(function (id) { return host.items[id]; })
        .filter(function (c) { return c.status === "held"; })[0];
      if (held && held.question_index !== host.meeting.question_index) {
        document.getElementById("question-select").value = held.question_index;
        document.getElementById("question-select").dispatchEvent(new Event("change"));
      }
      return;
    }
    first.scrollIntoView({ block: "center" });
    var button = first.querySelector("button[data-action=approve]");
    if (button) button.focus();
  });

  /* The store cannot save (a full disk, a stopped database): the phones keep their ideas and send them again,
     and the host must know why nothing new comes. The text goes in when shown, so screen readers announce it. */
  function showSaving(saving) {
    var trouble = document.getElementById("saving-trouble");
    trouble.hidden = saving.writable;
    trouble.textContent = saving.writable ? "" : T.not_saving;
  }

  host.socket.on(E.PRESENCE, function (presence) { phones = presence.phones; host.changed(); });
  host.socket.on(E.STATE, function (state) { if (state.saving) showSaving(state.saving); });
  host.socket.on(E.SAVING, showSaving);
  host.onChange(render);
})();
