/* What every page of the room shares: texts, safe element building, the socket and its status line. */
(function () {
  "use strict";
  var QPM = window.QPM;

  QPM.texts = JSON.parse(document.getElementById("texts").textContent);

  /* Numbers in the page's language and in the digits the server writes them in: the page names the
     numbering system (qpm/i18n.py), so a browser that knows an older CLDR still agrees with the server. */
  function numberFormat(digits) {
    var numbering = document.body.getAttribute("data-numbers");
    try {
      return new Intl.NumberFormat(document.documentElement.lang + (numbering ? "-u-nu-" + numbering : ""),
                                   { minimumIntegerDigits: digits });
    } catch (e) { return new Intl.NumberFormat(undefined, { minimumIntegerDigits: digits }); }
  }
  var wholeNumber = numberFormat(1), twoDigits = numberFormat(2);
  QPM.number = function (n) { return wholeNumber.format(n); };

  /* Fill {name} holes in a translated text; a number is written the page's way. */
  QPM.fill = function (text, values) {
    return text.replace(/\{(\w+)\}/g, function (all, name) {
      var value = values[name];
      return value === undefined ? all : typeof value === "number" ? QPM.number(value) : String(value);
    });
  };

  /* Build an element; text always goes in as textContent, never as HTML. */
  QPM.el = function (tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  };

  /* A random key made on the phone: a resend with the same key is stored (or counted) once. */
  QPM.newKey = function () {
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return ("0" + b.toString(16)).slice(-2); }).join("");
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
    /* what the host typed takes its own direction: a Swedish point reads right inside an Arabic page */
    items.forEach(function (item) { var li = QPM.el("li", "", item); li.dir = "auto"; list.appendChild(li); });
  };

  function minutes(seconds) {
    var whole = Math.max(0, Math.ceil(seconds));
    return QPM.number(Math.floor(whole / 60)) + ":" + twoDigits.format(whole % 60);
  }

  /* Turn a timer just received into this device's own deadline, once, when it arrives: the server's `now`
     is only true at that moment, so a redraw later (a contribution, a moderation) must not read it again. */
  QPM.receiveTimer = function (meeting) {
    var timer = meeting && meeting.timer;
    if (timer && timer.ends_at && timer.localEnds === undefined) {
      timer.localEnds = Date.parse(timer.ends_at) - (Date.parse(timer.now) - Date.now());
    }
    return meeting;
  };

  /* Show the discussion timer: counting down to its local deadline, paused, or off. */
  QPM.countdown = function (element, timer, texts) {
    clearInterval(element.qpmTick);
    element.hidden = !timer.ends_at && timer.left === null;
    element.classList.toggle("timer-off", element.hidden);
    if (timer.ends_at) {
      QPM.receiveTimer({ timer: timer });
      var ends = timer.localEnds;
      var show = function () {
        var left = (ends - Date.now()) / 1000;
        element.textContent = left > 0 ? QPM.fill(texts.timer_running, { time: minutes(left) }) : texts.timer_done;
        element.classList.toggle("timer-done", left <= 0);
        if (left <= 0) clearInterval(element.qpmTick);
      };
      show();
      element.qpmTick = setInterval(show, 500);
    } else if (timer.left !== null) {
      element.textContent = QPM.fill(texts.timer_paused, { time: minutes(timer.left) });
    } else {
      element.textContent = texts.timer_off || "";
      element.hidden = !texts.timer_off;
    }
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
        /* Two refusals are only a wait: too many wrong codes from this network, or a store that cannot save. */
        var wait = error.data.retry_after || (error.data.code === "not_saved" ? 5 : 0);
        if (wait) setTimeout(function () { socket.connect(); }, (wait + Math.random() * 3) * 1000);
      } else {
        status.textContent = QPM.texts.reconnecting;
        status.className = "connection lost";
      }
    });
    return socket;
  };
})();
