/**
 * The English words of a day's tension reading and the daily table, added to the translator when the first chunk that shows them
 * loads (each such module imports this first): a first view never downloads them.
 */
import { tensionDayEn } from "./messages/tensionDay.ts";
import { addEnglish } from "./translate.ts";

addEnglish(tensionDayEn);
