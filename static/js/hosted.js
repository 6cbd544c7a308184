/* The meetings this browser has hosted: their titles, codes and host links, kept in localStorage only
   (the host token of each is already kept there by host.js), listed on the console and the new-meeting page. */
(function () {
  "use strict";
  var QPM = window.QPM;
  var listKey = "qpm.hosted";

  function load() {
    try { return JSON.parse(localStorage.getItem(listKey)) || []; } catch (e) { return []; }
  }

  /* Remember a hosted meeting (newest first); forget it when its token is no longer in this browser. */
  QPM.rememberHosted = function (meeting) {
    var kept = load().filter(function (m) { return m.id !== meeting.id; });
    kept.unshift({ id: meeting.id, title: meeting.title, code: meeting.code, created_at: meeting.created_at });
    try { localStorage.setItem(listKey, JSON.stringify(kept.slice(0, 50))); } catch (e) { /* private mode */ }
    QPM.listHosted();
  };

  QPM.listHosted = function () {
    var list = document.getElementById("hosted");
    if (!list) return;
    list.textContent = "";
    load().forEach(function (m) {
      var token = localStorage.getItem("qpm.host." + m.id);
      if (!token) return;
      var item = QPM.el("li", "hosted-meeting");
      var link = QPM.el("a", "", m.title);
      link.href = "/host/" + encodeURIComponent(m.id) + "#t=" + encodeURIComponent(token);
      item.appendChild(link);
      var when = m.created_at ? new Date(m.created_at).toLocaleDateString(document.documentElement.lang) : "";
      item.appendChild(QPM.el("span", "muted", " · " + m.code + (when ? " · " + when : "")));
      list.appendChild(item);
    });
    var empty = document.getElementById("hosted-empty");
    if (empty) empty.hidden = list.children.length > 0;
  };

  /* The new-meeting form marks this tab as creating; the console it leads to shows the host link once. */
  var creating = "qpm.creating";
  var form = document.querySelector("form.wide-form");
  if (form) form.addEventListener("submit", function () {
    try { sessionStorage.setItem(creating, "1"); } catch (e) { /* private mode */ }
  });
  QPM.justCreated = function () {
    try {
      var was = sessionStorage.getItem(creating) === "1";
      sessionStorage.removeItem(creating);
      return was;
    } catch (e) { return false; }
  };

  QPM.listHosted();
})();
