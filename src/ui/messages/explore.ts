/** Words of the explore features. */
export const exploreEn = {} as const;

export const exploreEs: Record<keyof typeof exploreEn, string> = {};
