/**
 * The English words of the open Filters panel and its lists, added to the translator when the first chunk that shows them
 * loads (each such module imports this first): a first view never downloads them.
 */
import { filterPanelEn } from "./messages/filterPanel.ts";
import { addEnglish } from "./translate.ts";

addEnglish(filterPanelEn);
