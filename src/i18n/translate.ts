/**
 * Every word of the interface, in English and Spanish. The dataset's own texts stay as written.
 * Each feature keeps its words in `messages/` (the Spanish in `messages/es/`); `{name}`
 * placeholders are filled by `t()`. English is always here; the Spanish arrives through
 * `loadMessages("es")`, so English readers never download it. Until it has, a Spanish translator
 * speaks English: entry points await `loadMessages` before their first render in Spanish, and
 * store/useT.ts re-renders once the words are in.
 */
import type { Lang } from "./format.ts";
import { addDateLocale } from "../model/dateLocale.ts";
import { coreEn } from "./messages/core.ts";
import { embedEn } from "./messages/embed.ts";
import type { embedDialogEn } from "./messages/embedDialog.ts";
import type { eventdataEn } from "./messages/eventdata.ts";
import type { importPanelsEn } from "./messages/importPanels.ts";
import type { howEn } from "./messages/how.ts";
import type { detailsEn } from "./messages/details.ts";
import type { filterPanelEn } from "./messages/filterPanel.ts";
import type { storyStageEn } from "./messages/storyStage.ts";
import type { tensionDayEn } from "./messages/tensionDay.ts";
import type { importAreaEn } from "./messages/importArea.ts";
import type { embedPageEn } from "./messages/embedPage.ts";
import { exploreEn } from "./messages/explore.ts";
import type { exportEn } from "./messages/export.ts";
import { importEn } from "./messages/import.ts";
import { largeDataEn } from "./messages/largeData.ts";
import { recordEn } from "./messages/record.ts";
import { shareEn } from "./messages/share.ts";
import { publishEn } from "./messages/publish.ts";
import { storyEn } from "./messages/story.ts";

const en = {
  ...coreEn,
  ...exploreEn,
  ...shareEn,
  ...embedEn,
  ...importEn,
  ...recordEn,
  ...largeDataEn,
  ...publishEn,
  ...storyEn,
} as const;

/** Words only lazily loaded parts show: their chunk adds the English (importPanelWords.ts…). */
type LaterEn = typeof importPanelsEn &
  typeof eventdataEn &
  typeof howEn &
  typeof exportEn &
  typeof embedDialogEn &
  typeof detailsEn &
  typeof tensionDayEn &
  typeof filterPanelEn &
  typeof storyStageEn &
  typeof importAreaEn &
  typeof embedPageEn;

export type MessageKey = keyof typeof en | keyof LaterEn;
export type Messages = Record<MessageKey, string>;

// English until a lazily loaded part adds its words: those parts only render after that.
const english = { ...en } as Messages;
const MESSAGES: Partial<Record<Lang, Messages>> = { en: english };

/** A lazily loaded part's English words, added by its chunk before anything of it renders. */
export function addEnglish(words: Partial<LaterEn>): void {
  Object.assign(english, words);
}
const loading = new Map<Lang, Promise<void>>();
const listeners = new Set<() => void>();

/** Whether `lang`'s words are here, so `translator(lang)` speaks it. */
export function messagesLoaded(lang: Lang): boolean {
  return MESSAGES[lang] !== undefined;
}

/** Fetches `lang`'s words once (English is always loaded); resolves when `translator` has them. */
export function loadMessages(lang: Lang): Promise<void> {
  if (messagesLoaded(lang)) return Promise.resolve();
  let load = loading.get(lang);
  if (!load) {
    load = import("./spanish.ts").then(
      ({ es, dateLocaleEs }) => {
        addDateLocale("es", dateLocaleEs);
        MESSAGES.es = es;
        for (const listener of listeners) listener();
      },
      (error: unknown) => {
        // A failed chunk (a dropped connection) may be retried by the next call.
        loading.delete(lang);
        throw error;
      },
    );
    loading.set(lang, load);
  }
  return load;
}

/**
 * Runs `then` once `lang`'s words are in: at once if they are, else after loading them (or
 * failing to: the interface then switches with English words rather than not at all). A switch
 * of language goes through here, so the page never shows half of each.
 */
export function withMessages(lang: Lang, then: () => void): void {
  if (messagesLoaded(lang)) then();
  else
    loadMessages(lang)
      .catch((error: unknown) => console.error(error))
      .then(then, () => undefined);
}

/** Calls `listener` whenever a language's words arrive; returns the unsubscribe. */
export function onMessagesLoaded(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

export function translator(lang: Lang): Translate {
  const messages = MESSAGES[lang] ?? english;
  return (key, values) =>
    (messages[key] ?? key).replace(/\{(\w+)\}/g, (_, name: string) =>
      String(values?.[name] ?? `{${name}}`),
    );
}

/** The keys of every word loaded so far (the lazily added ones once their parts have loaded). */
export function allMessageKeys(): MessageKey[] {
  return Object.keys(english) as MessageKey[];
}

/** `lang`'s words; English until `loadMessages(lang)` has brought them. */
export function messagesFor(lang: Lang): Readonly<Messages> {
  return MESSAGES[lang] ?? english;
}
