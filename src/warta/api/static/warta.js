// The web page's only script: no external code, works offline.
document.addEventListener("DOMContentLoaded", () => {
  // Toggle highlight layers on the article page.
  for (const box of document.querySelectorAll("input[data-layer]")) {
    box.addEventListener("change", () => {
      document.body.classList.toggle("hide-" + box.dataset.layer, !box.checked);
    });
  }
  // Keep links clean and shareable: empty fields stay out of a search's URL.
  for (const form of document.querySelectorAll("form[method=get]")) {
    form.addEventListener("submit", () => {
      for (const field of form.elements) {
        if (field.name && field.value === "") field.disabled = true;
      }
      // Re-enable after the browser has read the form (the back button restores it).
      setTimeout(() => { for (const field of form.elements) field.disabled = false; }, 0);
    });
  }
});
