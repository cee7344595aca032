/**
 * The ribbon's message dialog: shows the lines passed in its URL, as text; OK closes it. Compiled to
 * ES5 (it also tells Internet Explorer users what to update), so it parses its URL by hand.
 *
 * The OK button may be pressed before office.js is ready; messageParent would then throw (Dialog API
 * docs), so the message waits for Office.onReady.
 */

interface OfficeLike {
  onReady?: (callback: () => void) => unknown;
  context?: { ui?: { messageParent?: (message: string) => void } };
}

/** title and line parameters of a query string (form encoding: + is a space). */
export function dialogParams(search: string): { title: string; lines: string[] } {
  const out = { title: "", lines: [] as string[] };
  const query = search.charAt(0) === "?" ? search.substring(1) : search;
  const parts = query === "" ? [] : query.split("&");
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] ?? "";
    const eq = part.indexOf("=");
    const decode = (text: string) => decodeURIComponent(text.replace(/\+/g, " "));
    const key = decode(eq < 0 ? part : part.substring(0, eq));
    const value = eq < 0 ? "" : decode(part.substring(eq + 1));
    if (key === "title") out.title = value;
    if (key === "line") out.lines.push(value);
  }
  return out;
}

function start(): void {
  const params = dialogParams(window.location.search);
  const title = document.getElementById("title");
  const list = document.getElementById("lines");
  const button = document.getElementById("close");
  if (title !== null) title.appendChild(document.createTextNode(params.title));
  for (let i = 0; i < params.lines.length; i++) {
    const item = document.createElement("li");
    item.appendChild(document.createTextNode(params.lines[i] ?? ""));
    if (list !== null) list.appendChild(item);
  }
  const office = (window as unknown as { Office?: OfficeLike }).Office;
  let ready = false;
  let pressed = false;
  const close = () => {
    const ui = office !== undefined && office.context !== undefined ? office.context.ui : undefined;
    if (ui !== undefined && typeof ui.messageParent === "function") ui.messageParent("close");
    else window.close();
  };
  if (office !== undefined && typeof office.onReady === "function") {
    office.onReady(() => {
      ready = true;
      if (pressed) close();
    });
  } else {
    ready = true;
  }
  if (button !== null) {
    button.onclick = () => {
      pressed = true;
      if (ready) close();
      else button.setAttribute("aria-busy", "true");
    };
  }
}

start();
