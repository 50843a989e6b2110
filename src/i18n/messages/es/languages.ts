/** The Spanish of ../languages.ts, loaded only for Spanish readers (i18n/spanish.ts). */
import type { languagesEn } from "../languages.ts";

export const languagesEs: Record<keyof typeof languagesEn, string> = {
  "details.quoteTranslation": "Traducción",
  "details.back": "Volver al gráfico",
};
