/**
 * The English words of the story presentation and event media, added to the translator when the first chunk that shows them
 * loads (each such module imports this first): a first view never downloads them.
 */
import { storyStageEn } from "./messages/storyStage.ts";
import { addEnglish } from "./translate.ts";

addEnglish(storyStageEn);
