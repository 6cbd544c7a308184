/* The ideas of the room on the phone, when the host shows them: batches from the server, and "I agree".
   An agreement's key is kept on the phone, so agreeing again (or after a reconnect) counts once. */
(function () {
  "use strict";
  var QPM = window.QPM, E = QPM.EVENTS, T = QPM.texts, phone = QPM.phone;
  var list = document.getElementById("phone-wall");
  var storageKey = "qpm.agreed." + phone.code;
  var cards = {};
  var agreed = {};
  try { agreed = JSON.parse(localStorage.getItem(storageKey)) || {}; } catch (e) { agreed = {}; }

  function render() {
    var shown = Object.keys(cards).map(function (id) { return cards[id]; });
    shown.sort(function (a, b) { return a.id - b.id; });
    list.textContent = "";
    var own = {};  /* one's own ideas get no "I agree": agreeing with oneself is not agreement */
    phone.sent().forEach(function (sent) { if (sent.id) own[sent.id] = true; });
    shown.forEach(function (card) {
      var item = QPM.el("li", "phone-idea");
      var words = QPM.el("span", "", card.text + (card.agrees ? " (" + QPM.fill(T.agrees, { n: card.agrees }) + ")" : ""));
      words.id = "idea-" + card.id;
      words.dir = "auto";  /* a parent's words keep their own direction on a page in another */
      item.appendChild(words);
      if (own[card.id]) { item.appendChild(QPM.el("span", "phone-own", T.yours)); list.appendChild(item); return; }
      var button = QPM.el("button", "small", agreed[card.id] ? T.agreed : T.agree);
      button.type = "button";
      button.setAttribute("aria-pressed", String(!!agreed[card.id]));
      /* The idea describes the button, so a screen reader says which idea "I agree" is about. */
      button.setAttribute("aria-describedby", words.id);
      button.setAttribute("data-id", card.id);
      item.appendChild(button);
      list.appendChild(item);
    });
    document.getElementById("ideas").hidden = shown.length === 0;
  }

  list.addEventListener("click", function (event) {
    var id = event.target.getAttribute("data-id");
    if (!id) return;
    var key = agreed[id] || QPM.newKey();
    agreed[id] = key;
    phone.socket.timeout(10000).emit(E.AGREE, { id: Number(id), key: key }, function (timedOut, ack) {
      if (!timedOut && ack.ok && cards[id]) {
        cards[id].agrees = ack.agrees;
        agreed[id] = key;
      }
      try { localStorage.setItem(storageKey, JSON.stringify(agreed)); } catch (e) { /* private mode */ }
      render();
    });
  });

  /* A phone gets the newest ideas and a count of older ones, which it asks for a page at a time: a
     reconnect in a room of a thousand ideas stays small. `oldest` is the oldest idea of the pages it has. */
  var older = 0, oldest = Infinity;
  var olderButton = document.getElementById("older-ideas");

  function addPage(page, count) {
    page.forEach(function (card) { cards[card.id] = card; oldest = Math.min(oldest, card.id); });
    older = count || 0;
    olderButton.hidden = older === 0;
    olderButton.textContent = QPM.fill(T.older_ideas, { n: older });
  }

  function apply(batch) {
    if (batch.reset) { cards = {}; oldest = Infinity; addPage(batch.changed, batch.older); render(); return; }
    batch.changed.forEach(function (card) {
      /* a change to an idea older than the pages here waits until the phone asks for that page */
      if (older === 0 || card.id > oldest || cards[card.id]) cards[card.id] = card;
    });
    batch.removed.forEach(function (id) { delete cards[id]; });
    render();
  }

  olderButton.addEventListener("click", function () {
    phone.socket.timeout(10000).emit(E.OLDER_IDEAS, { before: oldest }, function (timedOut, ack) {
      if (timedOut || !ack.ok) return;
      addPage(ack.cards, ack.older);
      render();
      if (olderButton.hidden) list.focus();  /* the button went away: keep the reader's place at the top */
    });
  });

  phone.socket.on(E.STATE, function (state) {
    apply({ reset: true, changed: state.wall, removed: [], older: state.wall_older });
  });
  phone.socket.on(E.WALL, apply);
})();
