/* The join address on the console: a warning when only this computer can open it, and a choice when the
   laptop is on several networks (Wi-Fi, Ethernet, VPN). The choice is kept on the meeting by the server. */
(function () {
  "use strict";
  var QPM = window.QPM, E = QPM.EVENTS, T = QPM.texts, host = QPM.host;
  if (!host || !host.socket) return;
  var select = document.getElementById("address-select");

  function show(links, reach) {
    var join = document.getElementById("join-link");
    join.href = links.join_url;
    join.textContent = links.join_url;
    document.getElementById("screen-link").href = links.screen_url;
    document.getElementById("only-here").hidden = !reach.only_here;
    document.getElementById("only-here-detail").textContent =
      QPM.fill(T.only_here, { address: new URL(reach.chosen).host });
    document.getElementById("address-choice").hidden = reach.choices.length < 2;
    select.textContent = "";
    reach.choices.forEach(function (choice) {
      var option = QPM.el("option", "", new URL(choice.url).host + (choice.interface ? " – " + choice.interface : ""));
      option.value = choice.url;
      select.appendChild(option);
    });
    select.value = reach.chosen;
  }

  host.socket.on(E.STATE, function (state) { if (state.reach) show(state.links, state.reach); });
  host.socket.on(E.ADDRESS, function (update) { show(update.links, update.reach); });
  select.addEventListener("change", function () {
    host.send(E.JOIN_ADDRESS, { url: select.value }, "phase-feedback");
  });
})();
