/** The Spanish of ../story.ts, loaded only for Spanish readers (i18n/spanish.ts). */
import type { storyEn } from "../story.ts";

export const storyEs: Record<keyof typeof storyEn, string> = {
  "story.inGroup": "En este grupo: {title}",
};
