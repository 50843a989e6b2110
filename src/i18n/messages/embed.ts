/** Words of the embed features the app shows at once: the Embed button and the frame's title. */
export const embedEn = {
  "embed.button": "Embed",
  "embed.frameTitle": "{title} (Détente timeline)",
} as const;
