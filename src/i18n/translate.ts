/**
 * Every word of the interface, in English and Spanish. The dataset's own texts stay as written.
 * Each feature keeps its words in `messages/`; `{name}` placeholders are filled by `t()`.
 */
import type { Lang } from "./format.ts";
import { coreEn, coreEs } from "./messages/core.ts";
import { embedEn, embedEs } from "./messages/embed.ts";
import { eventdataEn, eventdataEs } from "./messages/eventdata.ts";
import { exploreEn, exploreEs } from "./messages/explore.ts";
import { exportEn, exportEs } from "./messages/export.ts";
import { importEn, importEs } from "./messages/import.ts";
import { languagesEn, languagesEs } from "./messages/languages.ts";
import { largeDataEn, largeDataEs } from "./messages/largeData.ts";
import { recordEn, recordEs } from "./messages/record.ts";
import { roundTripEn, roundTripEs } from "./messages/roundTrip.ts";
import { shareEn, shareEs } from "./messages/share.ts";
import { publishEn, publishEs } from "./messages/publish.ts";
import { storyEn, storyEs } from "./messages/story.ts";

const en = {
  ...coreEn,
  ...exploreEn,
  ...shareEn,
  ...exportEn,
  ...embedEn,
  ...importEn,
  ...recordEn,
  ...roundTripEn,
  ...eventdataEn,
  ...languagesEn,
  ...largeDataEn,
  ...publishEn,
  ...storyEn,
} as const;

export type MessageKey = keyof typeof en;
type Messages = Record<MessageKey, string>;

const es: Messages = {
  ...coreEs,
  ...exploreEs,
  ...shareEs,
  ...exportEs,
  ...embedEs,
  ...importEs,
  ...recordEs,
  ...roundTripEs,
  ...eventdataEs,
  ...languagesEs,
  ...largeDataEs,
  ...publishEs,
  ...storyEs,
};

const MESSAGES: Record<Lang, Messages> = { en, es };

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

export function translator(lang: Lang): Translate {
  const messages = MESSAGES[lang];
  return (key, values) =>
    messages[key].replace(/\{(\w+)\}/g, (_, name: string) => String(values?.[name] ?? `{${name}}`));
}

export function allMessageKeys(): MessageKey[] {
  return Object.keys(en) as MessageKey[];
}

export function messagesFor(lang: Lang): Readonly<Messages> {
  return MESSAGES[lang];
}
