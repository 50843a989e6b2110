/**
 * CAMEO's four "quad" classes, the topics imported event data is filed under: GDELT defines
 * them by the CAMEO root (01–05 verbal cooperation, 06–09 material cooperation, 10–14 verbal
 * conflict, 15–20 material conflict).
 */
export const QUAD_LABELS = [
  "Verbal cooperation",
  "Material cooperation",
  "Verbal conflict",
  "Material conflict",
] as const;

export function quadOfCameo(code: string): string | undefined {
  const root = Number(code.slice(0, 2));
  if (!Number.isInteger(root) || root < 1 || root > 20) return undefined;
  return QUAD_LABELS[root <= 5 ? 0 : root <= 9 ? 1 : root <= 14 ? 2 : 3];
}

/** Without a code: the score's sign says cooperation or conflict. */
export function topicOf(cameo: string | undefined, score: number | undefined): string {
  const quad = cameo === undefined ? undefined : quadOfCameo(cameo);
  if (quad) return quad;
  if (score === undefined || score === 0) return "Neutral";
  return score > 0 ? "Cooperation" : "Conflict";
}
