/**
 * The page's language and theme from its link, set before anything is drawn: the loading
 * status already speaks the reader's language, and a dark page never flashes white while the
 * dataset loads. DocumentSync takes over once the instance is up.
 */
export function preparePage(lang: string, search: string, doc: Document = document): void {
  doc.documentElement.lang = lang;
  const theme = new URLSearchParams(search).get("theme");
  if (theme === "dark" || theme === "light" || theme === "auto")
    doc.documentElement.dataset["theme"] = theme;
}
