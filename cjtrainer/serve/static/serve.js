// When the app's connection closes (quit, idle, another tab, server stopped), show the
// choice to start again or sign out instead of a dead screen.
window.addEventListener("DOMContentLoaded", () => {
  const closed = document.getElementById("closed");
  if (!closed) return;
  new MutationObserver(() => {
    if (document.body.classList.contains("-closed")) {
      closed.hidden = false;
      const first = closed.querySelector("a");
      if (first) first.focus();
    }
  }).observe(document.body, { attributes: true, attributeFilter: ["class"] });
});
