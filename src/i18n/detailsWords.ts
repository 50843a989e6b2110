/**
 * The English words of an event's details and an opened group's list and tooltip, added to the translator when the first chunk that shows them
 * loads (each such module imports this first): a first view never downloads them.
 */
import { detailsEn } from "./messages/details.ts";
import { addEnglish } from "./translate.ts";

addEnglish(detailsEn);
