/** Counts in words: "1 match", "1,334,215 matches" (the number written the reader's way). */
import { numberFormat } from "../model/numberFormat.ts";
import type { Lang } from "./format.ts";
import type { MessageKey, Translate } from "./translate.ts";

export const formatCount = (count: number, lang: Lang): string => numberFormat(lang).format(count);

export function countText(
  t: Translate,
  lang: Lang,
  count: number,
  one: MessageKey,
  many: MessageKey,
): string {
  return count === 1 ? t(one) : t(many, { count: formatCount(count, lang) });
}
