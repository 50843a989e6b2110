/** Words of the share features. */
export const shareEn = {} as const;

export const shareEs: Record<keyof typeof shareEn, string> = {};
