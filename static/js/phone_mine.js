/* What became of this phone's own contributions: shown, waiting for the host, or not shown (never why).
   After every (re)connect the phone asks by its keys; after that the server tells it live ("own"). */
(function () {
  "use strict";
  var QPM = window.QPM, E = QPM.EVENTS, phone = QPM.phone;
  var known = { visible: true, held: true, hidden: true, merged: true };

  function update(id, status) {
    var changed = false;
    phone.sent().forEach(function (item) {
      if (item.id === id && known[status] && item.status !== status) { item.status = status; changed = true; }
    });
    if (changed) phone.keep();
  }

  function ask() {
    var keys = phone.sent().filter(function (item) { return item.id && known[item.status]; })
                           .map(function (item) { return item.key; }).slice(-200);
    if (!keys.length) return;
    phone.socket.timeout(10000).emit(E.MINE, { keys: keys }, function (timedOut, ack) {
      if (timedOut || !ack.ok) return;
      ack.items.forEach(function (item) { update(item.id, item.status); });
    });
  }

  phone.socket.on(E.STATE, ask);
  phone.socket.on(E.OWN, function (own) { update(own.id, own.status); });
})();
