/**
 * Keeps `document.title` and the page's language on the dataset shown. Mounted by the app page
 * only (app/main.tsx): a component or element on someone else's page never touches its title.
 */
import { useEffect } from "react";
import { documentTitle } from "../i18n/documentTitle.ts";
import { useDetente } from "../store/context.tsx";
import { selectLocalDataset } from "../store/selectors.ts";
import { useImported } from "./OpenData.tsx";

export function DocumentTitle() {
  // In the reader's language, as the page shows it.
  const title = useDetente((s) => selectLocalDataset(s).title);
  const lang = useDetente((s) => s.settings.lang);
  const imported = useImported() !== null;
  useEffect(() => {
    document.title = documentTitle(title, lang, imported);
    // The title is read in the page's language: screen readers pick their voice from it.
    document.documentElement.lang = lang;
  }, [title, lang, imported]);
  return null;
}
