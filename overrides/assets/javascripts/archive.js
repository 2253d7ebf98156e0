/* Kho lưu trữ Xây dựng Đảng: small page helpers (no inline scripts, see CSP). */
(function () {
  "use strict";
  function pad(n) { return (n < 10 ? "0" : "") + n; }
  var today = new Date();
  var stamp = pad(today.getDate()) + "/" + pad(today.getMonth() + 1) + "/" + today.getFullYear();
  document.querySelectorAll("[data-kl-today]").forEach(function (node) { node.textContent = stamp; });
  document.querySelectorAll("[data-kl-url]").forEach(function (node) {
    if (!/^https?:/.test(node.textContent.trim())) {
      node.textContent = location.href.split("#")[0].split("?")[0];
    }
  });
})();
