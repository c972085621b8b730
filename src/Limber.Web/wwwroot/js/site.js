// Small progressive enhancements; every page works without this file.
document.addEventListener("click", (event) => {
    const button = event.target.closest("[data-confirm]");
    if (button && !window.confirm(button.getAttribute("data-confirm"))) {
        event.preventDefault();
    }
});

// "Reply" links (which reload the page with the form open) become buttons that open the form in place.
(() => {
    const template = document.getElementById("reply-template");
    if (!template) {
        return;
    }
    for (const link of document.querySelectorAll("a[data-reply]")) {
        const id = link.getAttribute("data-reply");
        const button = document.createElement("button");
        button.type = "button";
        button.className = "link-button reply-toggle";
        button.textContent = "Reply";
        button.setAttribute("aria-expanded", "false");
        button.setAttribute("aria-controls", "reply-" + id);
        link.replaceWith(button);
        button.addEventListener("click", () => {
            const comment = document.getElementById("comment-" + id);
            let form = document.getElementById("reply-" + id);
            if (form) {
                const open = form.hidden;
                form.hidden = !open;
                button.setAttribute("aria-expanded", String(open));
                if (open) form.querySelector("textarea").focus();
                return;
            }
            form = template.content.firstElementChild.cloneNode(true);
            form.id = "reply-" + id;
            // The template's form posts a new comment to the thread's address; a reply names the comment it answers.
            const action = new URL(form.getAttribute("action"), location.href);
            action.searchParams.set("replyTo", id);
            form.action = action.pathname + action.search;
            const textarea = form.querySelector("textarea");
            textarea.id = "reply-body-" + id;
            form.querySelector("label").htmlFor = textarea.id;
            comment.appendChild(form);
            button.setAttribute("aria-expanded", "true");
            textarea.focus();
        });
    }
})();
