// Dateline share pages: with JavaScript on, hand the reader over to the app's view of the event.
// The page works fully without this script (it is what crawlers, link unfurlers and readers
// without JavaScript get). The event's id comes from a data attribute on the "Open in the
// timeline" link, whose relative href is the app's ?event=<id> view. Add ?static to a share URL
// to stay on the static page.
(() => {
  const link = document.querySelector("a[data-event-id]");
  if (!(link instanceof HTMLAnchorElement)) return;
  if (new URLSearchParams(location.search).has("static")) return;
  const target = new URL(link.getAttribute("href") ?? "", location.href);
  // Hand over only to this site's own app, and only for the event this page is about.
  if (target.origin !== location.origin) return;
  if (target.searchParams.get("event") !== link.dataset.eventId) return;
  // replace(): Back should return to wherever the link was followed from, not bounce here again.
  location.replace(target.href);
})();
