/**
 * The English words of the import's area (drop target, imported-data banner, kept imports) and of
 * its notices, added to the translator when the area or the import's state machine first loads
 * (each such module imports this first): a first view without an import never downloads them.
 */
import { importAreaEn } from "./messages/importArea.ts";
import { addEnglish } from "./translate.ts";

addEnglish(importAreaEn);
