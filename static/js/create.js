/* Preparing a meeting: check each question live (debounced), offer the checker's suggestion,
   and let the host pick a question from the bank. The server checks again when the form is sent. */
(function () {
  "use strict";
  var QPM = window.QPM, T = QPM.texts;
  var inputs = document.querySelectorAll(".question-input");
  var acceptAsIs = document.getElementById("accept-as-is");
  var ageGroup = document.getElementById("age-group");
  var unfit = {};

  function post(path, body) {
    return fetch(path, { method: "POST", headers: { "Content-Type": "application/json" },
                         body: JSON.stringify(body) }).then(function (answer) { return answer.json(); });
  }

  function showVerdict(input, verdict) {
    var box = document.getElementById(input.id + "-verdict");
    box.textContent = "";
    unfit[input.id] = !verdict.ok;
    acceptAsIs.hidden = !Object.keys(unfit).some(function (id) { return unfit[id]; });
    if (verdict.ok) {
      box.appendChild(QPM.el("p", "fit", T.fit));
      return;
    }
    var list = QPM.el("ul", "problems");
    verdict.problems.forEach(function (problem) { list.appendChild(QPM.el("li", "", problem.message)); });
    box.appendChild(list);
    var offered = verdict.suggestions || (verdict.suggestion ? [verdict.suggestion] : []);
    if (!offered.length) {
      if (verdict.problems.length) box.appendChild(QPM.el("p", "muted", T.no_suggestion));
      return;
    }
    box.appendChild(QPM.el("p", "", T.suggestions));
    var row = QPM.el("div", "suggestions");
    offered.forEach(function (text) { row.appendChild(suggestionButton(input, text)); });
    box.appendChild(row);
  }

  /* A suggestion is a real button (Tab, Enter, Space): it puts its text in the field and checks it. */
  function suggestionButton(input, text) {
    var take = QPM.el("button", "small suggestion", text);
    take.type = "button";
    take.addEventListener("click", function () { input.value = text; check(input); input.focus(); });
    return take;
  }

  function check(input) {
    var text = input.value.trim();
    if (!text) {
      document.getElementById(input.id + "-verdict").textContent = "";
      unfit[input.id] = false;
      return;
    }
    post("/api/questions/check", { text: text, age: ageGroup.value || null }).then(function (verdict) {
      if (input.value.trim() === text) showVerdict(input, verdict);
    });
  }

  /* Suggestion buttons the server drew after a refused form. */
  Array.prototype.forEach.call(document.querySelectorAll("button.suggestion[data-for]"), function (button) {
    var input = document.getElementById(button.getAttribute("data-for"));
    button.addEventListener("click", function () { input.value = button.textContent; check(input); input.focus(); });
  });

  Array.prototype.forEach.call(inputs, function (input) {
    if (input.value.trim() && !document.querySelector("button.suggestion[data-for='" + input.id + "']")) check(input);
    var timer = null;
    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () { check(input); }, 450);
    });
  });

  /* The question bank, by theme. */
  var themeSelect = document.getElementById("bank-theme");
  var bankList = document.getElementById("bank-questions");
  var language = document.getElementById("language");
  function loadBank(theme) {
    var query = "?lang=" + language.value + (theme ? "&theme=" + encodeURIComponent(theme) : "") +
      (ageGroup.value ? "&age=" + encodeURIComponent(ageGroup.value) : "");
    return fetch("/api/questions/bank" + query).then(function (answer) { return answer.json(); });
  }
  function fillThemes() {
    loadBank("").then(function (bank) {
      var chosen = themeSelect.value;
      themeSelect.length = 1;
      bank.themes.forEach(function (theme) {
        var option = QPM.el("option", "", theme.name);
        option.value = theme.id;
        themeSelect.appendChild(option);
      });
      themeSelect.value = chosen;
    });
  }
  themeSelect.addEventListener("change", function () {
    bankList.textContent = "";
    if (!themeSelect.value) return;
    loadBank(themeSelect.value).then(function (bank) {
      bank.questions.forEach(function (question) {
        var item = QPM.el("li");
        item.appendChild(QPM.el("span", "", question.text + " "));
        var use = QPM.el("button", "small", T.use);
        use.type = "button";
        use.addEventListener("click", function () {
          var empty = Array.prototype.filter.call(inputs, function (input) { return !input.value.trim(); })[0];
          var target = empty || inputs[0];
          target.value = question.text;
          check(target);
          target.focus();
        });
        item.appendChild(use);
        bankList.appendChild(item);
      });
    });
  });
  language.addEventListener("change", fillThemes);
  ageGroup.addEventListener("change", function () {
    bankList.textContent = "";
    themeSelect.value = "";
    fillThemes();
  });
  fillThemes();
})();
