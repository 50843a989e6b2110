/**
 * Names of the event-data formats (ICEWS, POLECAT, PLOVER, ACLED) for the import's format menu
 * and report. The pair picker's own words load with it (ui/eventChoicesWords.ts): they are not
 * part of the first load.
 */
export const eventdataEn = {
  "eventdata.format.icews": "ICEWS events",
  "eventdata.format.polecat": "POLECAT events",
  "eventdata.format.plover-json": "PLOVER JSON",
  "eventdata.format.acled": "ACLED export",
} as const;
