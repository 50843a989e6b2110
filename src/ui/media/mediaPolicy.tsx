/**
 * Which other origins an instance may load event images from: the deployment's
 * `allowedImageOrigins` (io/pipeline/imageConfig.ts) on the app and the embed page, a prop on the
 * React component. Without a provider only same-origin images load.
 */
import { createContext, useContext, useEffect, useState, type ReactNode } from "react";

const NONE: readonly string[] = [];
const ImageOrigins = createContext<readonly string[]>(NONE);

export function useImageOrigins(): readonly string[] {
  return useContext(ImageOrigins);
}

export function ImageOriginsProvider({
  origins,
  children,
}: {
  /** A list, or the pending read of the deployment's config (images wait as links until then). */
  readonly origins: readonly string[] | Promise<readonly string[]>;
  readonly children: ReactNode;
}) {
  const [loaded, setLoaded] = useState<readonly string[]>(NONE);
  useEffect(() => {
    if (Array.isArray(origins)) return;
    let live = true;
    void (origins as Promise<readonly string[]>).then((list) => {
      if (live) setLoaded(list);
    });
    return () => {
      live = false;
    };
  }, [origins]);
  const value = Array.isArray(origins) ? (origins as readonly string[]) : loaded;
  return <ImageOrigins.Provider value={value}>{children}</ImageOrigins.Provider>;
}
