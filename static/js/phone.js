/* The parent's phone: the question, a box to write in, and what this phone has sent.
   Every contribution waits in localStorage with its key until the server acknowledges it, so a lost
   connection or a reload never loses one, and a resend with the same key is stored only once. */
(function () {
  "use strict";
  var QPM = window.QPM, E = QPM.EVENTS, T = QPM.texts;
  var code = document.body.getAttribute("data-code");
  var storageKey = "qpm.sent." + code;
  var form = document.getElementById("contribute");
  var box = document.getElementById("text");
  var feedback = document.getElementById("feedback");
  var mine = document.getElementById("mine");
  var sent = load();
  var flushing = false;

  function load() {
    try { return JSON.parse(localStorage.getItem(storageKey)) || []; } catch (e) { return []; }
  }
  function save() {
    try { localStorage.setItem(storageKey, JSON.stringify(sent)); } catch (e) { /* private mode: memory only */ }
  }

  function renderMine() {
    mine.textContent = "";
    sent.slice().reverse().forEach(function (item) {
      var li = QPM.el("li", "mine-item " + item.status);
      var words = li.appendChild(QPM.el("span", "mine-text", item.text));
      words.dir = "auto";
      var status = item.status === "failed" ? T.failed + " " + item.error : T[item.status] || T.waiting;
      li.appendChild(QPM.el("span", "mine-status", status));
      if (item.status === "held") heldActions(li, item);
      mine.appendChild(li);
    });
    document.getElementById("mine-empty").hidden = sent.length > 0;
  }

  /* A held one says why in plain words and can be taken back, mended and sent again. */
  function heldActions(li, item) {
    (item.held_for || []).forEach(function (code) {
      if (T.reasons[code]) li.appendChild(QPM.el("p", "mine-reason", T.reasons[code]));
    });
    var change = QPM.el("button", "mine-change", T.change);
    change.type = "button";
    change.addEventListener("click", function () { withdraw(item); });
    li.appendChild(change);
  }

  function withdraw(item) {
    if (!socket.connected) { say(T.offline); return; }
    socket.timeout(10000).emit(E.WITHDRAW, { key: item.key }, function (timedOut, ack) {
      if (timedOut) { say(T.offline); return; }
      if (!ack.ok) { say(ack.error.message); return; }
      sent = sent.filter(function (other) { return other.key !== item.key; });
      save();
      renderMine();
      box.value = item.text;
      updateCounter();
      box.focus();
      say(T.changing);
    });
  }

  function renderMeeting(meeting) {
    QPM.showPhase(meeting.phase);
    QPM.fillList(document.getElementById("info-points"), meeting.info);
    document.getElementById("question").textContent = meeting.question;
    var after = document.getElementById("after-text");
    after.textContent = after.getAttribute(meeting.phase === "closed" ? "data-closed" : "data-summary");
    document.getElementById("letter").hidden = !(meeting.phase === "closed" && meeting.letter_published);
    QPM.countdown(document.getElementById("timer"), meeting.timer, T);
  }

  /* "Sent!" is news for a moment, not a state: it clears after a few seconds; anything else stays. */
  var quiet = null;
  function say(text) {
    feedback.textContent = text;
    clearTimeout(quiet);
    if (text === T.sent) quiet = setTimeout(function () { if (feedback.textContent === T.sent) feedback.textContent = ""; }, 4000);
  }

  /* Characters as the server counts them (code points after NFC), so the phone never disagrees with it. */
  QPM.length = function (text) { return Array.from(text.normalize("NFC")).length; };

  function updateCounter() {
    var limit = Number(box.getAttribute("data-limit"));
    var left = limit - QPM.length(box.value.trim());
    var counter = document.getElementById("counter");
    counter.textContent = left < 0 ? QPM.fill(T.over, { n: -left }) : left < 100 ? QPM.fill(T.left, { n: left }) : "";
    counter.className = left < 0 ? "counter over" : "counter";
  }

  /* Send waiting contributions one at a time, oldest first, until one cannot go. */
  function flush() {
    var next = sent.filter(function (item) { return item.status === "waiting"; })[0];
    if (!next || flushing || !socket.connected) return;
    flushing = true;
    socket.timeout(10000).emit(E.CONTRIBUTE, { text: next.text, key: next.key }, function (timedOut, ack) {
      flushing = false;
      if (timedOut) { setTimeout(flush, 2000); return; }
      var pause = 0;
      if (ack.ok) {
        next.status = ack.status;
        next.id = ack.id;
        next.held_for = ack.held_for || [];
        var why = next.held_for.map(function (c) { return T.reasons[c]; }).filter(Boolean);
        say(ack.status === "held" ? (why.length ? why.join(" ") : T.held_feedback) : T.sent);
      } else if (ack.error.code === "rate_limited" || ack.error.code === "not_saved") {
        /* Not stored (too fast, or the server cannot write now): it stays waiting and goes again. */
        say(ack.error.message);
        pause = ack.error.code === "not_saved" ? 5000 : 3500;
      } else {
        /* Refused for good (too long, question closed…): the text stays in the list with the reason,
           and goes back into the box if the question is still open, to mend and send again. */
        next.status = "failed";
        next.error = ack.error.message;
        if (!box.value && !document.getElementById("ask").hidden) box.value = next.text;
        say(ack.error.message);
      }
      save();
      renderMine();
      setTimeout(flush, pause);
    });
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var text = box.value.trim();
    if (!text) { say(T.empty); box.focus(); return; }
    var limit = Number(box.getAttribute("data-limit"));
    if (QPM.length(text) > limit) { say(QPM.fill(T.too_long, { n: QPM.length(text), limit: limit })); box.focus(); return; }
    sent.push({ key: QPM.newKey(), text: text, status: "waiting" });
    save();
    box.value = "";
    updateCounter();
    renderMine();
    say(socket.connected ? T.sending : T.queued);
    flush();
  });
  box.addEventListener("input", updateCounter);
  box.addEventListener("keydown", function (event) {
    /* Enter sends (as in a chat); Shift+Enter makes a new line. */
    if (event.key === "Enter" && !event.shiftKey) {
      event.preventDefault();
      form.dispatchEvent(new Event("submit", { cancelable: true }));
    }
  });

  var wishForm = document.getElementById("wish-form");
  wishForm.addEventListener("submit", function (event) {
    event.preventDefault();
    var wishBox = document.getElementById("wish-text");
    var wishFeedback = document.getElementById("wish-feedback");
    if (!wishBox.value.trim()) { wishFeedback.textContent = T.empty; return; }
    if (!socket.connected) { wishFeedback.textContent = T.offline; return; }
    socket.timeout(10000).emit(E.SUGGEST, { text: wishBox.value }, function (timedOut, ack) {
      if (timedOut) { wishFeedback.textContent = T.offline; return; }
      wishFeedback.textContent = ack.ok ? T.wish_sent : ack.error.message;
      if (ack.ok) wishBox.value = "";
    });
  });

  /* A phone counts once as taking part by a random value it keeps; the server stores only a keyed hash. */
  var phoneKey = "qpm.phone." + code, phone = null;
  try { phone = localStorage.getItem(phoneKey); } catch (e) { /* private mode */ }
  if (!phone) {
    var bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);
    phone = Array.prototype.map.call(bytes, function (b) { return ("0" + b.toString(16)).slice(-2); }).join("");
    try { localStorage.setItem(phoneKey, phone); } catch (e) { /* private mode: counted once per page load */ }
  }
  var socket = QPM.connect({ code: code, phone: phone });
  socket.on(E.STATE, function (state) { renderMeeting(QPM.receiveTimer(state.meeting)); flush(); });
  socket.on(E.PHASE, function (update) { renderMeeting(QPM.receiveTimer(update)); });
  /* phone_mine.js keeps the statuses in step with the host through these. */
  QPM.phone = { socket: socket, code: code, sent: function () { return sent; },
                keep: function () { save(); renderMine(); } };
  renderMine();
})();
