/**
 * The task pane's first script, compiled to ES5 so that it runs even in Internet Explorer 11. Where the
 * webview runs the pane, it installs the few newer built-ins EdgeHTML lacks (polyfills.ts). Where it
 * cannot run the pane, it marks the page (the main bundle, which IE cannot even parse, then
 * stays idle elsewhere too) and shows what to update, in the user's language: first from the browser's
 * language, then from Office's display language once office.js is ready.
 */
import { isModernWebview, UNSUPPORTED_FLAG } from "./engine-check";
import { installPolyfills } from "./polyfills";
import { updateMessage } from "./update-messages";

interface OfficeLike {
  onReady?: (callback: () => void) => unknown;
  context?: { displayLanguage?: string };
}

function show(root: HTMLElement, language: string | undefined): void {
  const message = updateMessage(language);
  root.innerHTML = "";
  const box = document.createElement("div");
  box.setAttribute("role", "alert");
  box.setAttribute("data-testid", "update-needed");
  box.style.padding = "16px";
  box.style.font = "14px/1.45 'Segoe UI', sans-serif";
  const title = document.createElement("h1");
  title.style.fontSize = "16px";
  title.appendChild(document.createTextNode(message.title));
  const text = document.createElement("p");
  text.appendChild(document.createTextNode(message.text));
  box.appendChild(title);
  box.appendChild(text);
  root.appendChild(box);
}

const scope = window as unknown as Parameters<typeof installPolyfills>[0];
if (isModernWebview(scope)) installPolyfills(scope);
else {
  scope[UNSUPPORTED_FLAG] = true;
  const root = document.getElementById("root");
  if (root !== null) {
    const nav = navigator as Navigator & { userLanguage?: string };
    show(root, nav.language || nav.userLanguage);
    const office = scope.Office as OfficeLike | undefined;
    if (office !== undefined && typeof office.onReady === "function") {
      office.onReady(function () {
        const context = (scope.Office as OfficeLike).context;
        if (context !== undefined && context.displayLanguage) show(root, context.displayLanguage);
      });
    }
  }
}
