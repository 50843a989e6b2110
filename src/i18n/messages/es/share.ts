/** The Spanish of ../share.ts, loaded only for Spanish readers (i18n/spanish.ts). */
import type { shareEn } from "../share.ts";

export const shareEs: Record<keyof typeof shareEn, string> = {
  "share.copyLink": "Copiar enlace",
  "share.copied": "Enlace copiado",
  "share.linkLabel": "Enlace a esta vista",
  "share.copyManually": "El enlace está seleccionado: pulse Ctrl+C (⌘C en un Mac) para copiarlo.",
};
