/**
 * The app page's title (its tab, its bookmarks, its history entry): the dataset shown, said to be
 * imported when it is, in the interface's language. One line, as a title is: a dataset's title may
 * hold line breaks, which a tab would show as nothing or as a space anyway.
 */
import type { Lang } from "./format.ts";

const IMPORTED: Record<Lang, string> = { en: "imported", es: "importado" };

export function documentTitle(datasetTitle: string, lang: Lang, imported: boolean): string {
  const title = datasetTitle.replace(/\s+/g, " ").trim();
  return `Détente — ${title}${imported ? ` (${IMPORTED[lang]})` : ""}`;
}
