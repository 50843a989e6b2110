/** Words of the embed features. */
export const embedEn = {} as const;

export const embedEs: Record<keyof typeof embedEn, string> = {};
