/**
 * The tension model explained (the body of "How is this computed?"), in the chunk that draws it:
 * i18n/howWords.ts adds these words when it loads. The heading stays in ./core.ts.
 */
export const howEn = {
  "how.summary":
    "Each event pushes the relationship towards conflict or cooperation by its score; the push fades by half every {halfLife} days, and the running total is squashed onto a 0–100 tension scale.",
  "how.formula": "Formula",
  "how.defaults": "Defaults",
  "how.defaultsText":
    "Half-life h = {halfLife} days (adjustable), baseline B = 0, saturation K = 15, event weight 1. Events known only to the month or year spread their score evenly over that month or year.",
  "how.bands": "Bands",
  "how.uncertainty":
    "The shaded band is the lowest and highest value over five runs: half and double the half-life, and every score scaled by 0.8 and by 1.2. The line fades where the latest event is more than one half-life old.",
  "how.caveats": "Caveats",
  "how.caveat1":
    "A score rates the type of action (say, imposing sanctions), not its size or its importance to the two countries.",
  "how.caveat2":
    "Scores come from the CAMEO codebook's Goldstein values unless an event notes an editorial choice.",
  "how.caveat3":
    "The line describes the events in this dataset; it is not a forecast and not a poll.",
  "how.citation": "Scale",
  "how.citationText":
    "Goldstein, Joshua S. (1992). “A Conflict-Cooperation Scale for WEIS Events Data.” Journal of Conflict Resolution 36(2): 369–385; as tabulated for CAMEO codes by GDELT.",
} as const;
