import type { Plugin } from "vite";

/**
 * The Content-Security-Policy of every page Dateline builds: scripts and styles only from the app's
 * own files (no inline script, no inline <style>), no foreign origin for anything.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join("; ");

/**
 * Puts the policy into the built index.html as a <meta http-equiv> so it holds on any static host.
 * Build only: Vite's dev server injects inline styles and scripts for hot reloading.
 * (frame-ancestors is left out: a meta tag cannot carry it, and Chromium logs a console error when
 * one tries. A host that can set headers should send `frame-ancestors 'none'` as a header.)
 */
export function contentSecurityPolicy(): Plugin {
  return {
    name: "dateline-content-security-policy",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler: () => [
        {
          tag: "meta",
          attrs: { "http-equiv": "Content-Security-Policy", content: CONTENT_SECURITY_POLICY },
          injectTo: "head-prepend",
        },
      ],
    },
  };
}
