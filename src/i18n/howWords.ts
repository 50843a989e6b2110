/**
 * The English words of the tension model's explanation, added to the translator when the chunk
 * that draws it loads (ui/HowComputedBody.tsx imports this first).
 */
import { howEn } from "./messages/how.ts";
import { addEnglish } from "./translate.ts";

addEnglish(howEn);
