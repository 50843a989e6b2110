import type { DetenteState } from "../store/types.ts";

/** The zoom keys every chart answers to when it has focus: + and − zoom, 0 resets. */
export function zoomKeyAction(key: string, state: DetenteState): (() => void) | undefined {
  switch (key) {
    case "+":
    case "=":
      return () => state.zoomBy(2);
    case "-":
    case "_":
      return () => state.zoomBy(0.5);
    case "0":
      return () => state.resetViewport();
    default:
      return undefined;
  }
}
