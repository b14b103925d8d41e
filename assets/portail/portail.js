// The portal's only script, served from the portal itself (no inline script: the
// Content-Security-Policy forbids it). Progressive enhancement: every form works without it.
// Dropping a file on the upload zone picks it and sends the form.
(function () {
  "use strict";
  // The board's file field: its native button is hidden (it reads in the browser's
  // language); the name of the file chosen is shown beside the portal's own button.
  document.querySelectorAll(".choix-fichier input[type=file]").forEach(function (field) {
    field.addEventListener("change", function () {
      var name = field.parentNode.querySelector(".nom-fichier");
      if (name) { name.textContent = field.files.length ? field.files[0].name : ""; }
    });
  });
  var zone = document.querySelector(".zone");
  var input = document.getElementById("fichier");
  if (!zone || !input) { return; }
  ["dragenter", "dragover"].forEach(function (type) {
    zone.addEventListener(type, function (e) { e.preventDefault(); zone.classList.add("survol"); });
  });
  ["dragleave", "drop"].forEach(function (type) {
    zone.addEventListener(type, function (e) { e.preventDefault(); zone.classList.remove("survol"); });
  });
  zone.addEventListener("drop", function (e) {
    if (!e.dataTransfer || !e.dataTransfer.files.length) { return; }
    input.files = e.dataTransfer.files;
    input.form.submit();
  });
  input.addEventListener("change", function () {
    if (input.files.length) { input.form.submit(); }
  });
})();
