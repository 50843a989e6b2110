/** A publisher as a credit names it: "Reuters (syndicated by Devdiscourse)" → "Reuters". */
export function shortPublisher(publisher: string): string {
  const short = publisher.replace(/\s*\([^)]*\)\s*$/u, "").trim();
  return short === "" ? publisher.trim() : short;
}
