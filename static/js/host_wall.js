/* The host's list of contributions: approve, hide, star, edit, group, merge, order, suggested groups.
   Everything the parents wrote goes in with textContent. */
(function () {
  "use strict";
  var QPM = window.QPM, E = QPM.EVENTS, T = QPM.texts, host = QPM.host;
  if (!host) return;
  var wall = document.getElementById("wall");
  var order = document.getElementById("wall-order");
  var proposals = document.getElementById("proposals");
  var open = {};  /* ids whose "more" panel is open, kept across re-renders */

  function current() {
    return Object.keys(host.items).map(function (id) { return host.items[id]; }).filter(function (c) {
      return c.question_index === host.meeting.question_index;
    });
  }

  function button(label, action, id, extra) {
    var b = QPM.el("button", "small", label);
    b.type = "button";
    b.setAttribute("data-action", action);
    b.setAttribute("data-id", id);
    if (extra) b.setAttribute("data-extra", extra);
    return b;
  }

  function labelled(parent, text, control, id) {
    var label = QPM.el("label", "", text);
    label.htmlFor = id;
    control.id = id;
    parent.appendChild(label);
    parent.appendChild(control);
  }

  /* "Med i brevet": on by default; the host may leave a shown idea out of the letter. */
  function inLetter(item) {
    var label = QPM.el("label", "choice in-letter");
    var box = QPM.el("input");
    box.type = "checkbox";
    box.checked = item.in_letter !== false;
    box.setAttribute("data-action", box.checked ? "leave_out" : "put_in");
    box.setAttribute("data-id", item.id);
    label.appendChild(box);
    label.appendChild(document.createTextNode(" " + T.in_letter));
    return label;
  }

  function morePanel(item, others) {
    var more = QPM.el("details", "host-more");
    more.open = !!open[item.id];
    more.setAttribute("data-id", item.id);
    more.appendChild(QPM.el("summary", "", T.more));
    var text = QPM.el("textarea");
    text.rows = 2;
    text.value = item.text;
    labelled(more, T.edit_label, text, "edit-" + item.id);
    more.appendChild(button(T.save_text, "edit", item.id));
    var group = QPM.el("input");
    group.value = item.group || "";
    group.setAttribute("list", "group-names");
    labelled(more, T.group_label, group, "group-" + item.id);
    more.appendChild(button(T.put_in_group, "group", item.id));
    if (others.length) {
      var into = QPM.el("select");
      others.forEach(function (other) {
        var option = QPM.el("option", "", other.text.slice(0, 80));
        option.value = other.id;
        into.appendChild(option);
      });
      labelled(more, T.merge_label, into, "merge-" + item.id);
      more.appendChild(button(T.merge, "merge", item.id));
    }
    return more;
  }

  function render() {
    var shown = current();
    shown.sort(order.value === "agrees" ? function (a, b) { return (b.agrees - a.agrees) || (a.id - b.id); }
                                        : function (a, b) { return a.id - b.id; });
    var counts = { visible: 0, held: 0, hidden: 0, merged: 0 };
    var groups = {};
    wall.textContent = "";
    shown.forEach(function (item) {
      counts[item.status] += 1;
      if (item.group) groups[item.group] = true;
      var li = QPM.el("li", "host-item " + item.status + (item.starred ? " starred" : ""));
      li.appendChild(QPM.el("p", "host-text", item.text));
      var meta = [T["status_" + item.status]];
      if (item.starred) meta.push(T.starred);
      if (item.in_letter === false) meta.push(T.left_out);
      if (item.agrees) meta.push(QPM.fill(T.agrees, { n: item.agrees }));
      if (item.group) meta.push(QPM.fill(T.in_group, { name: item.group }));
      li.appendChild(QPM.el("p", "host-meta", meta.join(" · ")));
      if (item.status === "held" && item.held_for && item.held_for.length) {
        li.appendChild(QPM.el("p", "held-reason", T.held_for + " " + item.held_for.map(function (code) {
          return T.reasons[code];
        }).join(" ")));
      }
      var tools = QPM.el("div", "host-tools");
      var actions = item.status === "held" ? ["approve", "hide"] : item.status === "hidden" ? ["restore"] : ["hide"];
      if (item.status === "merged") actions = [];  /* its agreement lives on in the idea it joined */
      else actions = actions.concat(item.starred ? ["unstar"] : ["star"]);
      actions.forEach(function (action) { tools.appendChild(button(T[action], action, item.id)); });
      if (item.status === "visible" || item.status === "held") tools.appendChild(inLetter(item));
      li.appendChild(tools);
      li.appendChild(morePanel(item, shown.filter(function (o) { return o.id !== item.id && o.status === "visible"; })));
      wall.appendChild(li);
    });
    var names = document.getElementById("group-names") || document.body.appendChild(QPM.el("datalist"));
    names.id = "group-names";
    names.textContent = "";
    Object.keys(groups).forEach(function (name) { var o = QPM.el("option"); o.value = name; names.appendChild(o); });
    document.getElementById("wall-empty").hidden = shown.length > 0;
    document.getElementById("count").textContent =
      QPM.fill(T.count, { shown: counts.visible, held: counts.held, hidden: counts.hidden });
  }

  wall.addEventListener("toggle", function (event) {
    if (event.target.tagName === "DETAILS") open[event.target.getAttribute("data-id")] = event.target.open;
  }, true);

  wall.addEventListener("click", function (event) {
    var action = event.target.getAttribute("data-action");
    if (!action) return;
    var id = Number(event.target.getAttribute("data-id"));
    var payload = { id: id, action: action };
    if (action === "edit") payload.text = document.getElementById("edit-" + id).value;
    if (action === "group") payload.group = document.getElementById("group-" + id).value;
    if (action === "merge") payload.into = Number(document.getElementById("merge-" + id).value);
    host.send(E.MODERATE, payload, "phase-feedback");
  });

  document.getElementById("suggest-groups").addEventListener("click", function () {
    host.send(E.SUGGEST_GROUPS, {}, "phase-feedback", function (ack) {
      proposals.textContent = "";
      if (!ack.groups.length) { proposals.appendChild(QPM.el("p", "muted", T.no_proposals)); return; }
      ack.groups.forEach(function (proposal, index) {
        var box = QPM.el("div", "proposal");
        var name = QPM.el("input");
        name.value = proposal.label;
        labelled(box, T.proposal_label, name, "proposal-" + index);
        box.appendChild(QPM.el("p", "muted", proposal.ids.map(function (id) {
          return host.items[id] ? host.items[id].text : "";
        }).join(" · ")));
        var accept = QPM.el("button", "small", T.accept_group);
        accept.type = "button";
        accept.addEventListener("click", function () {
          host.send(E.GROUP, { ids: proposal.ids, name: name.value }, "phase-feedback", function () { box.remove(); });
        });
        var ignore = QPM.el("button", "small", T.ignore);
        ignore.type = "button";
        ignore.addEventListener("click", function () { box.remove(); });
        box.appendChild(accept);
        box.appendChild(ignore);
        proposals.appendChild(box);
      });
    });
  });

  order.addEventListener("change", render);
  host.onChange(render);
})();
