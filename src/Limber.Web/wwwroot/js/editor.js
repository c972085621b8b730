// The article editor's "Insert image": remembers where the cursor was in the body, so the server puts
// the image there. Without this file the image goes at the end of the body.
(() => {
    const body = document.querySelector("textarea.body");
    const insertAt = document.querySelector("[data-insert-at]");
    const button = document.querySelector("[data-insert-image]");
    if (!body || !insertAt || !button) return;
    let touched = false;
    for (const type of ["focus", "click", "keyup", "select"]) {
        body.addEventListener(type, () => { touched = true; });
    }
    button.addEventListener("click", () => {
        // An untouched body has its cursor at the start: the end is the better guess then.
        insertAt.value = touched ? String(body.selectionStart) : "";
    });
})();
