/**
 * "Step through" opens the story presentation (ui/story, loaded on demand) on its opening slide;
 * the presentation's own controls step, play and exit.
 */
import { lazy } from "react";
import { useDetenteStore } from "../store/context.tsx";
import { useT } from "../store/useT.ts";

/** The presentation, in a chunk of its own: a first view never draws it. */
export const StoryStage = lazy(() =>
  import("./story/StoryStage.tsx").then((module) => ({ default: module.StoryStage })),
);

export function StoryMode() {
  const t = useT();
  const store = useDetenteStore();
  const start = (): void => {
    const state = store.getState();
    state.select(null);
    state.resetViewport();
    state.setSettings({ story: true });
  };
  return (
    <button type="button" className="detente-button detente-text-button" onClick={start}>
      {t("story.start")}
    </button>
  );
}
