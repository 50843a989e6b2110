/** Words of the import features. */
export const importEn = {} as const;

export const importEs: Record<keyof typeof importEn, string> = {};
