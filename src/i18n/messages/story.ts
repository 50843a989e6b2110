/** Words of the story that the timeline itself says (the presentation's own are in storyStage.ts). */
export const storyEn = {
  "story.inGroup": "In this group: {title}",
};
