import { useEffect, useMemo, useState, useSyncExternalStore } from "react";
import { useDetente } from "./context.tsx";
import type { Lang } from "../i18n/format.ts";
import type { Translate } from "../i18n/translate.ts";
import { loadMessages, messagesLoaded, onMessagesLoaded, translator } from "../i18n/translate.ts";

/**
 * Whether `lang`'s words are loaded, fetching them if not. Entry points load the reader's
 * language before the first render; this covers a language chosen later (a link's `?lang=` on
 * Back, a host's `lang` prop), which shows once its words are in.
 */
export function useMessagesLoaded(lang: Lang): boolean {
  const loaded = useSyncExternalStore(
    onMessagesLoaded,
    () => messagesLoaded(lang),
    () => messagesLoaded(lang),
  );
  // Words that failed to arrive are waited for no longer: English stands in.
  const [failed, setFailed] = useState<Lang | null>(null);
  useEffect(() => {
    if (loaded) return;
    let live = true;
    loadMessages(lang).catch((error: unknown) => {
      console.error(error);
      if (live) setFailed(lang);
    });
    return () => {
      live = false;
    };
  }, [lang, loaded]);
  return loaded || failed === lang;
}

export function useT(): Translate {
  const lang = useDetente((s) => s.settings.lang);
  // Re-rendered when the words arrive; until then the translator speaks English.
  const loaded = useMessagesLoaded(lang);
  return useMemo(() => translator(loaded ? lang : "en"), [lang, loaded]);
}
