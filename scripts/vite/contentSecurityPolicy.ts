import type { Plugin } from "vite";
import { CONTENT_SECURITY_POLICY } from "../../src/share/contentSecurityPolicy.ts";

/**
 * Puts the policy into the built index.html as a <meta http-equiv> so it holds on any static host.
 * Build only: Vite's dev server injects inline styles and scripts for hot reloading.
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
