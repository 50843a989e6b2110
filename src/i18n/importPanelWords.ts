/**
 * The English words of the import's panels, added to the translator when their chunk loads:
 * ImportPanels, ColumnMapping and ImportReport import this first, so it runs before any of them
 * renders, and readers who never import never download these words.
 */
import { eventdataEn } from "./messages/eventdata.ts";
import { importPanelsEn } from "./messages/importPanels.ts";
import { addEnglish } from "./translate.ts";

addEnglish({ ...importPanelsEn, ...eventdataEn });
