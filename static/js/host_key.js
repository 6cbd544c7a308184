/* The host link is the teacher's key: shown once, prominently, right after creating the meeting, with
   "Copy the link", a QR code to open the console on a tablet, and the printable meeting card. */
(function () {
  "use strict";
  var QPM = window.QPM, T = QPM.texts, host = QPM.host;

  /* Copy the link in a read-only field. The clipboard API needs a secure origin; on a school network's
     plain http, select the field and say so. letter.js copies the letter's link with it too. */
  QPM.copyLink = function (field, feedback, copiedText) {
    var copied = function () { feedback.textContent = copiedText; };
    var yourself = function () { field.select(); feedback.textContent = T.copy_link_yourself; };
    if (navigator.clipboard && window.isSecureContext) navigator.clipboard.writeText(field.value).then(copied, yourself);
    else yourself();
  };

  if (!host) return;
  var meetingId = document.body.getAttribute("data-meeting");
  var panel = document.getElementById("host-key");
  var field = document.getElementById("host-link");
  var feedback = document.getElementById("host-key-feedback");
  var link = location.origin + "/host/" + encodeURIComponent(meetingId) + "#t=" + encodeURIComponent(host.token);

  field.value = link;
  panel.open = host.fresh;
  panel.classList.toggle("fresh", host.fresh);
  document.getElementById("card-token").value = host.token;
  document.getElementById("card-form").action = "/host/" + encodeURIComponent(meetingId) + "/card";

  document.getElementById("host-link-copy").addEventListener("click", function () {
    QPM.copyLink(field, feedback, T.link_copied);
  });

  /* The token goes in the body of a POST, never in an address that a log or a history keeps. */
  var body = new URLSearchParams({ token: host.token });
  fetch("/host/" + encodeURIComponent(meetingId) + "/qr", { method: "POST", body: body }).then(function (answer) {
    return answer.ok ? answer.text() : Promise.reject(answer.status);
  }).then(function (svg) {
    document.getElementById("host-qr").src = "data:image/svg+xml;charset=utf-8," + encodeURIComponent(svg);
  }, function () { /* no QR: the link itself still works */ });
})();
