/** The direction of an event's score, which its symbol's shape and colour both show. */
export type Tone = "conflict" | "cooperation" | "neutral";

export function toneOf(score: number): Tone {
  if (score < 0) return "conflict";
  if (score > 0) return "cooperation";
  return "neutral";
}
