/* The new-meeting form shows what the kind of meeting needs: a QPM meeting has one question and no theme.
   A refusal from the server (red) goes as soon as the host changes the form to mend it. */
(function () {
  "use strict";
  var themedOnly = ["label[for=theme]", "#theme", "label[for=question-2]", "#question-2", "#question-2-verdict",
                    "#question-3", "#question-3-verdict"];

  function showKind() {
    var chosen = document.querySelector("input[name=kind]:checked");
    var themed = chosen && chosen.value === "themed";
    themedOnly.forEach(function (selector) {
      var node = document.querySelector(selector);
      if (node) node.hidden = !themed;
    });
  }

  var form = document.querySelector("form.wide-form");
  if (!form) return;
  form.addEventListener("change", function (event) { if (event.target.name === "kind") showKind(); });
  form.addEventListener("input", function (event) {
    var error = document.getElementById("form-error");
    if (error && event.target.classList.contains("question-input")) error.hidden = true;
  });
  showKind();
})();
