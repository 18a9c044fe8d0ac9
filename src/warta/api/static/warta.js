// Toggle highlight layers on the article page; no external scripts, works offline.
document.addEventListener("DOMContentLoaded", () => {
  for (const box of document.querySelectorAll("input[data-layer]")) {
    box.addEventListener("change", () => {
      document.body.classList.toggle("hide-" + box.dataset.layer, !box.checked);
    });
  }
});
