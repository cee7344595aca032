/** The ribbon's message dialog: shows the lines passed in its URL, as text; OK closes it. */
const params = new URLSearchParams(window.location.search);
const title = document.getElementById("title");
const list = document.getElementById("lines");
if (title !== null) title.textContent = params.get("title") ?? "";
for (const line of params.getAll("line")) {
  const item = document.createElement("li");
  item.textContent = line;
  list?.appendChild(item);
}
document.getElementById("close")?.addEventListener("click", () => {
  if (typeof Office !== "undefined" && typeof Office.context.ui.messageParent === "function") {
    Office.context.ui.messageParent("close");
  } else {
    window.close();
  }
});
