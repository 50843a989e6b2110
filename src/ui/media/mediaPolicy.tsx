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
  const [resolved, setResolved] = useState<readonly string[]>(
    Array.isArray(origins) ? origins : NONE,
  );
  useEffect(() => {
    if (Array.isArray(origins)) {
      setResolved(origins);
      return;
    }
    let live = true;
    void (origins as Promise<readonly string[]>).then((list) => {
      if (live) setResolved(list);
    });
    return () => {
      live = false;
    };
  }, [origins]);
  return <ImageOrigins.Provider value={resolved}>{children}</ImageOrigins.Provider>;
}
