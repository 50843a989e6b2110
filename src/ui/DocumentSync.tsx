/**
 * Keeps the page's own document in step with the instance that owns it: `<html lang>` in the
 * reader's language (screen readers, hyphenation, the browser's translate offer), `data-theme`
 * so the page around the centred column takes the theme's background (page.css), and the
 * document title in the reader's language. Only for a page that belongs to one instance (the
 * app, the embed page); a component inside someone else's page leaves their document alone.
 */
import { useEffect } from "react";
import { useDetente } from "../store/context.tsx";
import { selectLocalDataset } from "../store/selectors.ts";

export function DocumentSync({ title = true }: { readonly title?: boolean }) {
  const lang = useDetente((s) => s.settings.lang);
  const theme = useDetente((s) => s.settings.theme);
  const datasetTitle = useDetente((s) => selectLocalDataset(s).title);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  useEffect(() => {
    document.documentElement.dataset["theme"] = theme;
  }, [theme]);
  useEffect(() => {
    if (title) document.title = `Détente — ${datasetTitle}`;
  }, [title, datasetTitle]);
  return null;
}
