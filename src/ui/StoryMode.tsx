/**
 * "Step through" opens the story presentation (ui/story, drawn by a chunk loaded on demand) on
 * its opening slide; the presentation's own controls step, play and exit.
 */
import { useDetenteStore } from "../store/context.tsx";
import { useT } from "../store/useT.ts";
import { preloadProps } from "./preloadProps.ts";
import { loadStory } from "./story/loadStory.ts";

const preload = preloadProps(loadStory);

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
      {...preload}
    >
      {t("story.start")}
    </button>
  );
}
