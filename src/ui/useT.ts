import { useMemo } from "react";
import { useDetente } from "../store/context.tsx";
import type { Translate } from "./i18n.ts";
import { translator } from "./i18n.ts";

export function useT(): Translate {
  const lang = useDetente((s) => s.settings.lang);
  return useMemo(() => translator(lang), [lang]);
}
