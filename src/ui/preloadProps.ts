/**
 * Props that start loading what a control's press will show as soon as the reader points at or
 * focuses it, so that the press rarely waits for a chunk. A load that fails here is left to the
 * press, which asks again and says what went wrong.
 */
export function preloadProps(...loads: (() => Promise<unknown>)[]): {
  readonly onPointerEnter: () => void;
  readonly onFocus: () => void;
} {
  const start = (): void => {
    for (const load of loads) load().catch(() => undefined);
  };
  return { onPointerEnter: start, onFocus: start };
}
