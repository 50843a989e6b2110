import { useCallback, useEffect, useRef, useState } from "react";

const HINT_MS = 1600;

/** Briefly true after a bare wheel over a chart, to say how zooming works there. */
export function useWheelHint(): [boolean, () => void] {
  const [visible, setVisible] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const show = useCallback(() => {
    setVisible(true);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setVisible(false), HINT_MS);
  }, []);
  useEffect(() => () => clearTimeout(timer.current), []);
  return [visible, show];
}

export function isMacPlatform(): boolean {
  return (
    typeof navigator !== "undefined" &&
    /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent)
  );
}
