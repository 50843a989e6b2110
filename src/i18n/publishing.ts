/**
 * The export editor's and the table view's words, in their own dictionary: they load with those
 * lazy chunks instead of with every page.
 */
import type { Lang } from "./format.ts";
import { publishingEn, publishingEs } from "./messages/publishing.ts";

export type PublishingKey = keyof typeof publishingEn;
export type PublishingTranslate = (
  key: PublishingKey,
  values?: Record<string, string | number>,
) => string;

const MESSAGES: Record<Lang, Record<PublishingKey, string>> = {
  en: publishingEn,
  es: publishingEs,
};

export function publishingTranslator(lang: Lang): PublishingTranslate {
  const messages = MESSAGES[lang];
  return (key, values) =>
    messages[key].replace(/\{(\w+)\}/g, (_, name: string) => String(values?.[name] ?? `{${name}}`));
}

export function allPublishingKeys(): PublishingKey[] {
  return Object.keys(publishingEn) as PublishingKey[];
}

export function publishingMessagesFor(lang: Lang): Readonly<Record<PublishingKey, string>> {
  return MESSAGES[lang];
}
