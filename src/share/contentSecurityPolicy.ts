/**
 * The Content-Security-Policy of every page Dateline builds, the app's index.html and the static
 * share pages alike: scripts and styles only from the site's own files (no inline script, no
 * inline <style>), nothing from a foreign origin. Images come from the site too (the favicon and the
 * link-preview cards are files), so no `data:` URL is allowed; `blob:` is there for the export
 * downloads.
 * (frame-ancestors is left out: a meta tag cannot carry it, and Chromium logs a console error when
 * one tries. Pages are meant to be embeddable (`?embed`); a host that can set headers and wants to
 * choose who may frame them sends it as a header, docs/sharing.md, "Who may embed".)
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join("; ");
