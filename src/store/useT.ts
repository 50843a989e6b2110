import { useMemo } from "react";
import { useDetente } from "./context.tsx";
import type { Translate } from "../i18n/translate.ts";
import { translator } from "../i18n/translate.ts";

export function useT(): Translate {
  const lang = useDetente((s) => s.settings.lang);
  return useMemo(() => translator(lang), [lang]);
}
