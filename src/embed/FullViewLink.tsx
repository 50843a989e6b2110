/**
 * "Open full view": the app at the same view, in a new tab, kept current as the reader explores.
 *
 * Until the reader changes the view, the link is the embed's own query (without the embed's
 * parameters): the view the embed opened on, as its link named it. The URL writer (viewLink.ts)
 * loads with the first change, or as the reader points at or focuses the link, not with the page.
 */
import { useEffect, useState, type MouseEvent } from "react";
import "../i18n/embedPageWords.ts";
import { useDetenteStore } from "../store/context.tsx";
import type { DetenteStore } from "../store/createDetenteStore.ts";
import {
  loadedViewLink,
  loadViewLink,
  pageDefaults,
  watchView,
  type ViewLink,
} from "../store/urlSync.ts";
import { useT } from "../store/useT.ts";
import { preloadProps } from "../ui/preloadProps.ts";
import { withoutEmbedParams } from "./heightReports.ts";

/** The app's address (the embed page sits beside it). */
function appBase(): URL {
  return new URL(import.meta.env.BASE_URL, window.location.href);
}

/** The link as the embed was opened: its query, less the parameters only an embed reads. */
export function openingViewUrl(): string {
  const base = appBase();
  return `${base.origin}${base.pathname}${withoutEmbedParams(window.location.search)}`;
}

/** The link to the store's view as it is now. */
export function fullViewUrl(store: DetenteStore, { serializeViewParams }: ViewLink): string {
  const base = appBase();
  const search = serializeViewParams(
    store.getState(),
    withoutEmbedParams(window.location.search),
    pageDefaults(window),
  );
  return `${base.origin}${base.pathname}${search}`;
}

const preload = preloadProps(loadViewLink);

export function FullViewLink() {
  const t = useT();
  const store = useDetenteStore();
  const [href, setHref] = useState(openingViewUrl);

  // Follows the view as the URL sync does: once a change the link carries has settled, not on
  // every zoom frame or hover.
  useEffect(
    () => watchView(store, window, (link) => setHref(fullViewUrl(store, link))).stop,
    [store],
  );

  // A click within the debounce still opens what is on screen now. The writer is in by then (the
  // change the debounce waits on, or pointing at the link, loaded it); were it not, nothing has
  // changed and the opening link is right.
  const refresh = (event: MouseEvent<HTMLAnchorElement>): void => {
    const loaded = loadedViewLink();
    if (loaded) event.currentTarget.href = fullViewUrl(store, loaded);
  };

  return (
    <a
      className="detente-embed-open"
      href={href}
      target="_blank"
      rel="noopener"
      onClick={refresh}
      onAuxClick={refresh}
      {...preload}
    >
      {t("embed.openFull")}
      <span className="detente-visually-hidden"> {t("embed.newTab")}</span>
    </a>
  );
}
