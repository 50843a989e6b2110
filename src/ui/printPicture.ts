/**
 * Prints one exported picture on an A4 landscape page (print.css names the page): the picture is
 * put in the document, everything else is hidden for the print, and all is undone afterwards.
 */

const PRINTING_CLASS = "detente-printing-picture";

export function printPicture(svg: string, doc: Document = document): void {
  const parsed = new DOMParser().parseFromString(svg, "image/svg+xml");
  const holder = doc.createElement("div");
  holder.className = "detente-print-picture";
  // Hidden on screen by the CSSOM (allowed by a strict style-src); print.css shows it on paper.
  holder.style.display = "none";
  holder.appendChild(doc.importNode(parsed.documentElement, true));
  doc.body.appendChild(holder);
  doc.documentElement.classList.add(PRINTING_CLASS);
  const view = doc.defaultView;
  let done = false;
  const cleanUp = (): void => {
    if (done) return;
    done = true;
    holder.remove();
    doc.documentElement.classList.remove(PRINTING_CLASS);
  };
  view?.addEventListener("afterprint", cleanUp, { once: true });
  try {
    view?.print();
  } finally {
    // Browsers whose print() returns before printing send afterprint; this catches the rest.
    view?.setTimeout(cleanUp, 60_000);
  }
}
