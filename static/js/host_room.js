/* The host's switches for the room, the discussion timer and the facilitator notes. */
(function () {
  "use strict";
  var QPM = window.QPM, E = QPM.EVENTS, T = QPM.texts, host = QPM.host;
  if (!host) return;
  var switches = document.querySelectorAll("[data-setting]");
  var noteEdit = document.getElementById("note-edit");
  var notedPhase = null;
  var changing = {};  /* switches the host just flipped: not reset by an update that left before it */

  function render() {
    var meeting = host.meeting;
    Array.prototype.forEach.call(switches, function (box) {
      var setting = box.getAttribute("data-setting");
      if (!changing[setting]) box.checked = !!meeting[setting];
    });
    document.getElementById("reveal").hidden = meeting.revealed;
    document.getElementById("reveal-phones").hidden = meeting.revealed;  /* reveal mode holds the phones' wall too */
    QPM.countdown(document.getElementById("timer-shown"), meeting.timer, T);
    if (notedPhase !== meeting.phase) {
      notedPhase = meeting.phase;
      document.getElementById("note-text").textContent = host.notes[meeting.phase] || "";
      noteEdit.value = "";  /* the host's own words start empty: the note shown above is not theirs to retype */
    }
  }

  Array.prototype.forEach.call(switches, function (box) {
    box.addEventListener("change", function () {
      var setting = box.getAttribute("data-setting");
      var change = {};
      change[setting] = box.checked;
      changing[setting] = true;
      /* The acknowledgement may overtake the meeting update it caused: keep the accepted value. */
      host.send(E.SETTINGS, change, "room-feedback", function () { host.meeting[setting] = change[setting]; },
                function () { changing[setting] = false; render(); });
    });
  });
  document.getElementById("reveal").addEventListener("click", function () {
    host.send(E.SETTINGS, { revealed: true }, "room-feedback");
  });
  document.querySelector(".timer-buttons").addEventListener("click", function (event) {
    var action = event.target.getAttribute("data-timer");
    if (!action) return;
    var payload = { action: action };
    if (action === "start") payload.seconds = Math.round(Number(document.getElementById("timer-minutes").value) * 60);
    host.send(E.TIMER, payload, "room-feedback");
  });
  document.getElementById("note-save").addEventListener("click", function () {
    host.send(E.NOTE, { phase: host.meeting.phase, text: noteEdit.value }, "room-feedback", function (ack) {
      host.notes = ack.notes;
      document.getElementById("note-text").textContent = ack.notes[host.meeting.phase];
      document.getElementById("room-feedback").textContent = T.saved;
    });
  });

  host.onChange(render);
})();
