/**
 * The English words of the embed page's chrome (the link to the full view, the source line),
 * added to the translator by the embed page's modules (each imports this first): the app page,
 * which shows neither, never downloads them.
 */
import { embedPageEn } from "./messages/embedPage.ts";
import { addEnglish } from "./translate.ts";

addEnglish(embedPageEn);
