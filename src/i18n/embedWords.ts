/**
 * The English words of the Embed dialog, added to the translator when the dialog's chunk loads
 * (ui/EmbedDialogBox.tsx imports this first): readers who never embed never download them.
 */
import { embedDialogEn } from "./messages/embedDialog.ts";
import { addEnglish } from "./translate.ts";

addEnglish(embedDialogEn);
