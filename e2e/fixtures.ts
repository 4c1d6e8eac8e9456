/**
 * The one `test` every spec imports. It fails any test on a console error, an uncaught page error,
 * or a request to any origin but the app's own, so no spec can forget to check.
 */
import { expect, test as base } from "@playwright/test";

type Guard = {
  allowConsoleErrors: (pattern: RegExp) => void;
  /** Lets the page load from one more origin: a host page the app is embedded in, say. */
  allowOrigin: (origin: string) => void;
};

export const test = base.extend<{ guard: Guard }>({
  guard: [
    async ({ page, baseURL }, use) => {
      const problems: string[] = [];
      const allowed: RegExp[] = [];
      const origins = new Set([new URL(baseURL ?? "http://127.0.0.1").origin]);
      page.on("console", (message) => {
        if (message.type() !== "error") return;
        const text = message.text();
        if (!allowed.some((pattern) => pattern.test(text))) problems.push(`console error: ${text}`);
      });
      page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
      page.on("request", (request) => {
        const url = request.url();
        if (url.startsWith("data:") || url.startsWith("blob:")) return;
        if (!origins.has(new URL(url).origin)) problems.push(`foreign request: ${url}`);
      });
      await use({
        allowConsoleErrors: (pattern) => allowed.push(pattern),
        allowOrigin: (origin) => origins.add(origin),
      });
      expect(problems, "console errors, page errors and foreign requests").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
