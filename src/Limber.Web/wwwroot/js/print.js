// The print page: opens the browser's print dialog once, and again from its button.
(() => {
  const button = document.querySelector('[data-action="print"]');
  button?.addEventListener('click', () => window.print());
  window.addEventListener('load', () => window.print(), { once: true });
})();
