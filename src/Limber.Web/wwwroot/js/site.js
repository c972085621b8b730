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

// The account menu: the "Account" link (to /account, which lists every page) becomes a button that
// opens the list in place. Escape or a click elsewhere closes it; focus returns to the button.
(() => {
    const menu = document.querySelector("[data-account-menu]");
    if (!menu) {
        return;
    }
    const link = menu.querySelector(".account-menu-toggle");
    const list = menu.querySelector(".account-menu-list");
    const button = document.createElement("button");
    button.type = "button";
    button.className = link.className;
    button.id = link.id;
    button.innerHTML = link.innerHTML;
    button.setAttribute("aria-expanded", "false");
    button.setAttribute("aria-controls", list.id);
    link.replaceWith(button);
    const open = (show) => {
        list.hidden = !show;
        button.setAttribute("aria-expanded", String(show));
    };
    button.addEventListener("click", () => {
        const show = list.hidden;
        open(show);
        if (show) list.querySelector("a").focus();
    });
    menu.addEventListener("keydown", (event) => {
        if (event.key === "Escape" && !list.hidden) {
            open(false);
            button.focus();
        }
    });
    document.addEventListener("click", (event) => {
        if (!list.hidden && !menu.contains(event.target)) open(false);
    });
    menu.addEventListener("focusout", (event) => {
        if (!list.hidden && event.relatedTarget && !menu.contains(event.relatedTarget)) open(false);
    });
})();
