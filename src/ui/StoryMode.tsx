/**
 * "Step through" opens the story presentation (ui/story, drawn by a chunk loaded on demand) on
 * its opening slide; the presentation's own controls step, play and exit.
 */
import { useDetenteStore } from "../store/context.tsx";
import { useT } from "../store/useT.ts";
import { loadStory } from "./story/loadStory.ts";

function preloadStory(): void {
  loadStory().catch(() => undefined);
}

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
    <button
      type="button"
      className="detente-button detente-text-button"
      onClick={start}
      onPointerEnter={preloadStory}
      onFocus={preloadStory}
    >
      {t("story.start")}
    </button>
  );
}
