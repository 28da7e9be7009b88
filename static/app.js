// Should I reply? A little help where JavaScript runs; every page works without it.
"use strict";
(() => {
  const $ = (selector, root = document) => root.querySelector(selector);

  // Leave this page: blank the page at once, take the answers out of the address,
  // and replace this history entry so that Back does not come here.
  const leave = $("[data-leave]");
  const go = (event) => {
    event?.preventDefault();
    document.body.hidden = true;
    document.title = "";
    history.replaceState(null, "", "/");
    location.replace(leave.href);
  };
  leave?.addEventListener("click", go);
  // Or Shift pressed on its own three times within a second.
  let times = [];
  let alone = false;
  addEventListener("keydown", (e) => {
    alone = e.key === "Shift" && (alone || !e.repeat);
    if (!alone) times = [];
  });
  addEventListener("keyup", (e) => {
    if (e.key !== "Shift" || !alone) return;
    const now = Date.now();
    times = [...times.filter((t) => now - t < 1000), now];
    if (times.length > 2) go();
  });

  // After a failed submit: start at the error summary; its links show the whole
  // question and focus its first answer.
  const summary = $("[data-error-summary]");
  summary?.focus();
  summary?.addEventListener("click", (e) => {
    const input = document.getElementById(e.target.closest("a")?.hash.slice(1));
    if (!input) return;
    e.preventDefault();
    input.closest(".question").scrollIntoView();
    input.focus({ preventScroll: true });
  });

  // Copy the share link, or hand it to the system share sheet where there is one.
  const share = $("[data-share]");
  if (!share) return;
  const link = $("input", share);
  const status = $("[role=status]", share);
  const row = document.createElement("div");
  row.className = "share__actions";
  link.after(row);
  const button = (text, onClick) => {
    const b = document.createElement("button");
    b.type = "button";
    b.className = "button button--secondary";
    b.textContent = text;
    b.onclick = onClick;
    row.append(b);
  };
  const say = (text) => {
    status.textContent = "";
    setTimeout(() => (status.textContent = text), 100);
  };
  button("Copy link", () =>
    Promise.resolve(link.value)
      .then((url) => navigator.clipboard.writeText(url))
      .then(
      () => say("Link copied. You can paste it into a message or a note."),
      () => {
        link.select();
        say("The link is selected. Copy it from the box above.");
      },
    ),
  );
  if (navigator.share) button("Share", () => navigator.share({ url: link.value }).catch(() => {}));
})();
