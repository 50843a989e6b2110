/**
 * The English words of the exports (the export editor, the exported picture, the JSON extract),
 * added to the translator when the first module that writes them loads: the export dialog and
 * the exporters import this first, so readers who never export never download these words.
 */
import { exportEn } from "./messages/export.ts";
import { addEnglish } from "./translate.ts";

addEnglish(exportEn);
