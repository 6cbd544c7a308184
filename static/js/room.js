/* What every page of the room shares: texts, safe element building, the socket and its status line. */
(function () {
  "use strict";
  var QPM = window.QPM;

  QPM.texts = JSON.parse(document.getElementById("texts").textContent);

  /* Fill {name} holes in a translated text. */
  QPM.fill = function (text, values) {
    return text.replace(/\{(\w+)\}/g, function (all, name) {
      return values[name] === undefined ? all : String(values[name]);
    });
  };

  /* Build an element; text always goes in as textContent, never as HTML. */
  QPM.el = function (tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  };

  /* Show the sections that belong to a phase and hide the others. */
  QPM.showPhase = function (phase) {
    var parts = document.querySelectorAll(".phase-part");
    for (var i = 0; i < parts.length; i++) {
      parts[i].hidden = parts[i].getAttribute("data-phases").split(" ").indexOf(phase) < 0;
    }
  };

  QPM.fillList = function (list, items) {
    list.textContent = "";
    items.forEach(function (item) { list.appendChild(QPM.el("li", "", item)); });
  };

  /* Connect with auth; the client reconnects by itself and the server sends `state` each time. */
  QPM.connect = function (auth) {
    auth.lang = document.body.getAttribute("data-lang");
    var status = document.getElementById("connection");
    var socket = io({ auth: auth, reconnectionDelayMax: 5000 });
    socket.on("connect", function () {
      status.textContent = QPM.texts.connected || "";
      status.className = "connection ok";
    });
    socket.on("disconnect", function () {
      status.textContent = QPM.texts.reconnecting;
      status.className = "connection lost";
    });
    socket.on("connect_error", function (error) {
      /* A refusal by the server (bad code or token) is final: say why; otherwise keep trying. */
      if (error && error.data && error.data.code) {
        status.textContent = error.message;
        status.className = "connection refused";
      } else {
        status.textContent = QPM.texts.reconnecting;
        status.className = "connection lost";
      }
    });
    return socket;
  };
})();
