/* The host's parent letter: write the closing words, preview, copy as text, download, publish.
   The preview is built from the letter's data with textContent: parents' words never become HTML. */
(function () {
  "use strict";
  var QPM = window.QPM, T = QPM.texts;
  var meetingId = document.body.getAttribute("data-meeting");
  var token = localStorage.getItem("qpm.host." + meetingId);
  var form = document.getElementById("letter-form");
  var feedback = document.getElementById("letter-feedback");
  var preview = document.getElementById("letter-preview");
  var textBox = document.getElementById("letter-text");
  var base = "/api/meetings/" + encodeURIComponent(meetingId) + "/letter";
  if (!token || !form) return;

  function call(method, path, body) {
    var options = { method: method, headers: { Authorization: "Bearer " + token } };
    if (body) {
      options.headers["Content-Type"] = "application/json";
      options.body = JSON.stringify(body);
    }
    return fetch(base + path, options).then(function (answer) {
      if (answer.ok) return answer;
      return answer.json().then(function (refusal) { throw new Error(refusal.error.message); });
    });
  }
  function language() { return "?lang=" + document.getElementById("letter-language").value; }
  function failed(error) { feedback.textContent = error.message || T.failed; }

  function add(parent, tag, text, className) {
    var node = QPM.el(tag, className || "", text);
    parent.appendChild(node);
    return node;
  }

  function showPreview(letter, text) {
    preview.textContent = "";
    preview.lang = letter.language;
    preview.dir = letter.rtl ? "rtl" : "ltr";
    add(preview, "h3", letter.title);
    add(preview, "p", letter.dateline, "muted");
    [letter.greeting, letter.thanks].forEach(function (line) { add(preview, "p", line); });
    if (letter.info.length) {
      add(preview, "h4", letter.info_heading);
      QPM.fillList(add(preview, "ul"), letter.info);
    }
    letter.questions.forEach(function (question) {
      add(preview, "h4", question.heading);
      add(preview, "p", question.text, "letter-question");
      add(preview, "h5", letter.talked_about);
      question.groups.forEach(function (group) {
        if (group.name) add(preview, "h6", group.name);
        var list = add(preview, "ul");
        group.contributions.forEach(function (c) { add(list, "li", c.text, c.starred ? "starred" : ""); });
      });
    });
    if (letter.highlight_note) add(preview, "p", letter.highlight_note, "letter-highlight-note");
    [letter.counts, letter.closing, letter.next_meeting, letter.suggest, letter.farewell, letter.signature]
      .forEach(function (line) { if (line) add(preview, "p", line); });
    preview.hidden = false;
    textBox.value = text;
  }

  /* How many connected phones chose each language: the host sees counts only. */
  function showLanguages(counts) {
    var select = document.getElementById("letter-language");
    var names = {};
    Array.prototype.forEach.call(select.options, function (option) { names[option.value] = option.textContent; });
    var parts = Object.keys(counts).map(function (code) { return (names[code] || code) + " " + counts[code]; });
    document.getElementById("phone-languages").textContent = parts.length ? T.phone_languages + " " + parts.join(" · ") : "";
  }

  function refresh() {
    return call("GET", language()).then(function (answer) { return answer.json(); })
      .then(function (body) { showPreview(body.letter, body.text); showLanguages(body.phone_languages || {}); });
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    call("PUT", "", {
      closing_text: form.elements.closing_text.value,
      next_meeting: form.elements.next_meeting.value,
      signature: form.elements.signature.value
    }).then(refresh).then(function () { feedback.textContent = T.saved; }).catch(failed);
  });

  document.getElementById("letter-download").addEventListener("click", function () {
    call("GET", ".docx" + language()).then(function (answer) {
      var name = /filename=([^;]+)/.exec(answer.headers.get("Content-Disposition") || "");
      return answer.blob().then(function (blob) {
        var link = QPM.el("a");
        link.href = URL.createObjectURL(blob);
        link.download = name ? name[1].replace(/"/g, "") : "foraldrabrev.docx";
        document.body.appendChild(link);
        link.click();
        link.remove();
      });
    }).catch(failed);
  });

  document.getElementById("letter-copy").addEventListener("click", function () {
    refresh().then(function () {
      /* The clipboard API needs a secure origin; on a school network's plain http, select instead. */
      if (navigator.clipboard && window.isSecureContext) {
        return navigator.clipboard.writeText(textBox.value).then(function () { feedback.textContent = T.copied; });
      }
      textBox.hidden = false;
      textBox.select();
      feedback.textContent = T.copy_yourself;
    }).catch(failed);
  });

  document.getElementById("letter-publish").addEventListener("click", function () {
    call("POST", "/publish").then(function () { feedback.textContent = T.published; }).catch(failed);
  });

  /* Once published, the letter's stable link (the page families read, in their phone's language), on the
     address the phones reach — the join link's, which the host may change after publishing. */
  var host = QPM.host, E = QPM.EVENTS, joinUrl = "";
  var published = document.getElementById("published"), letterLink = document.getElementById("published-link");
  function showLink() {
    published.hidden = !(joinUrl && host.meeting && host.meeting.letter_published);
    letterLink.value = joinUrl ? joinUrl + "/letter" : "";
  }
  if (host && host.socket) {
    host.onChange(showLink);
    host.socket.on(E.STATE, function (state) { joinUrl = state.links.join_url; showLink(); });
    host.socket.on(E.ADDRESS, function (update) { joinUrl = update.links.join_url; showLink(); });
  }
  document.getElementById("published-link-copy").addEventListener("click", function () {
    QPM.copyLink(letterLink, document.getElementById("published-link-feedback"), T.letter_link_copied);
  });

  /* Fill the form with what is saved, once the console has the meeting. */
  fetch("/api/meetings/" + encodeURIComponent(meetingId), { headers: { Authorization: "Bearer " + token } })
    .then(function (answer) { return answer.json(); })
    .then(function (body) {
      ["closing_text", "next_meeting", "signature"].forEach(function (name) {
        form.elements[name].value = body.meeting[name] || "";
      });
      document.getElementById("letter-language").value = body.meeting.language;
    });
})();
