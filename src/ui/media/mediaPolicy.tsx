/**
 * Which other origins an instance may load event images from: the deployment's
 * `allowedImageOrigins` (io/pipeline/imageConfig.ts) on the app and the embed page, a prop on the
 * React component. Without a provider only same-origin images load.
 *
 * The deployment's list is read when the first event's media is shown (an event's details, a
 * story step), not as the page starts: most first views show none. Until it is in, images from
 * other sites show as links.
 */
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from "react";

const NONE: readonly string[] = [];

interface ImageOriginsValue {
  readonly list: readonly string[];
  /** Asks for the list (the provider reads it once). */
  readonly want: () => void;
}

const ImageOrigins = createContext<ImageOriginsValue>({ list: NONE, want: () => undefined });

/** The origins images may load from; asks the provider to read them if it has not yet. */
export function useImageOrigins(): readonly string[] {
  const { list, want } = useContext(ImageOrigins);
  useEffect(want, [want]);
  return list;
}

export function ImageOriginsProvider({
  origins,
  children,
}: {
  /** A list, or how to read the deployment's list (called once, when media is first shown). */
  readonly origins: readonly string[] | (() => Promise<readonly string[]>);
  readonly children: ReactNode;
}) {
  const [loaded, setLoaded] = useState<readonly string[]>(NONE);
  const [wanted, setWanted] = useState(false);
  const want = useCallback(() => setWanted(true), []);
  useEffect(() => {
    if (!wanted || typeof origins !== "function") return;
    let live = true;
    void origins().then((list) => {
      if (live) setLoaded(list);
    });
    return () => {
      live = false;
    };
  }, [origins, wanted]);
  const list = typeof origins === "function" ? loaded : origins;
  const value = useMemo(() => ({ list, want }), [list, want]);
  return <ImageOrigins.Provider value={value}>{children}</ImageOrigins.Provider>;
}

/** How the app and the embed page read the deployment's list: once, when first asked. */
export function deploymentImageOrigins(): () => Promise<readonly string[]> {
  let read: Promise<readonly string[]> | undefined;
  return () =>
    (read ??= import("../../io/pipeline/imageConfig.ts").then((config) =>
      config.loadImageOrigins(),
    ));
}
