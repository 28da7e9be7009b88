// Extras where scripts run; every page works without them.
"use strict";

// After "Leave this page", Back must not show answers again: this tab remembers the way out,
// and a page reached by Back hides and leaves before it is drawn (so: not deferred).
const LEFT = "left-for";
const store = (() => {
  try {
    return window.sessionStorage; // throws where storage is blocked
  } catch {
    return null;
  }
})();
const leaveAgain = () => {
  const away = store?.getItem(LEFT);
  if (away) {
    document.documentElement.hidden = true;
    location.replace(away);
  }
};
if (performance.getEntriesByType("navigation")[0]?.type === "back_forward") leaveAgain();
else store?.removeItem(LEFT);
// A page from the back-forward cache runs no script anew.
addEventListener("pageshow", (e) => e.persisted && leaveAgain());

document.addEventListener("DOMContentLoaded", () => {
  const $ = (s, root = document) => root.querySelector(s);

  // Leave (or Shift alone 3 times in 2 s): hide, drop the answers from the address, and
  // replace this history entry so Back does not return.
  const leave = $("[data-leave]");
  const go = (e) => {
    e?.preventDefault();
    store?.setItem(LEFT, leave.href);
    document.body.hidden = true;
    history.replaceState(null, "", "/");
    location.replace(leave.href);
  };
  leave.onclick = go;
  let shifts = [];
  onkeydown = (e) => {
    if (e.key !== "Shift" || e.repeat) shifts = [];
  };
  onkeyup = (e) => {
    if (e.key !== "Shift") return;
    shifts = [...shifts.filter((t) => e.timeStamp - t < 2000), e.timeStamp];
    if (shifts.length > 2) go();
  };

  // After a failed submit, start at the error summary.
  const summary = $("[data-error-summary]");
  summary?.focus({ preventScroll: true });
  summary?.addEventListener("click", (e) => {
    const input = document.getElementById(e.target.hash?.slice(1));
    if (!input) return;
    e.preventDefault();
    input.closest(".question,.read").scrollIntoView();
    input.focus({ preventScroll: true });
  });

  // A reminder counts from the person's own day, not the server's.
  const from = $("[data-reminder] input[type=date]");
  if (from) {
    const now = new Date();
    from.value = new Date(now - now.getTimezoneOffset() * 60000).toISOString().slice(0, 10);
  }

  const share = $("[data-share]");
  if (!share) return;
  const link = $("input", share);
  const status = $("[role=status]", share);
  const row = document.createElement("div");
  row.className = "share__actions";
  link.after(row);
  const button = (textContent, onclick) => row.append(Object.assign(
    document.createElement("button"),
    { type: "button", className: "button button--secondary", textContent, onclick },
  ));
  // Emptied first, so words said twice are announced twice.
  const say = (text) => {
    status.textContent = "";
    setTimeout(() => (status.textContent = text), 100);
  };
  button("Copy link", () =>
    // In a promise, so no clipboard at all (plain http) falls back too.
    Promise.resolve(link.value).then((url) => navigator.clipboard.writeText(url)).then(
      () => say("Link copied. You can paste it into a message or a note."),
      () => (link.select(), say("The link is selected. Copy it from the box above.")),
    ),
  );
  if (navigator.share) button("Share", () => navigator.share({ url: link.value }).catch(() => {}));
});
