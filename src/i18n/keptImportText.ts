/**
 * The translator for the kept-import words (messages/keptImport.ts), which stay out of the
 * shared table so that first loads do not carry them. Same `{name}` placeholders as `t()`.
 */
import type { Lang } from "./format.ts";
import { keptImportEn, keptImportEs } from "./messages/keptImport.ts";

export type KeptImportKey = keyof typeof keptImportEn;
export type KeptImportTranslate = (
  key: KeptImportKey,
  values?: Record<string, string | number>,
) => string;

export function keptImportTranslator(lang: Lang): KeptImportTranslate {
  const messages: Record<KeptImportKey, string> = lang === "es" ? keptImportEs : keptImportEn;
  return (key, values) =>
    messages[key].replace(/\{(\w+)\}/g, (_, name: string) => String(values?.[name] ?? `{${name}}`));
}
