/** The Spanish of ../eventdata.ts, loaded only for Spanish readers (i18n/spanish.ts). */
import type { eventdataEn } from "../eventdata.ts";

export const eventdataEs: Record<keyof typeof eventdataEn, string> = {
  "eventdata.format.icews": "Eventos de ICEWS",
  "eventdata.format.polecat": "Eventos de POLECAT",
  "eventdata.format.plover-json": "PLOVER JSON",
  "eventdata.format.acled": "Exportación de ACLED",
};
