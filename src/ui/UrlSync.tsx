/**
 * Puts the instance's view in the page URL while mounted. A component rather than a side effect
 * of the store or the provider, so an embed that does not own the page's URL simply leaves it out.
 */
import { useEffect } from "react";
import { useDetenteStore } from "../store/context.tsx";
import { startUrlSync } from "../store/urlSync.ts";

export function UrlSync() {
  const store = useDetenteStore();
  useEffect(() => startUrlSync(store), [store]);
  return null;
}
