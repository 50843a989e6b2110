/** Words of the export features. */
export const exportEn = {} as const;

export const exportEs: Record<keyof typeof exportEn, string> = {};
