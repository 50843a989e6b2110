/** Previous, the progress ("6 of 20"), Next, Play/Pause and Exit. */
import "../../i18n/storyStageWords.ts";
import { useEffect } from "react";
import { useT } from "../../store/useT.ts";

/** How long a step stays on screen while playing: long enough to read a summary. */
export const AUTOPLAY_MS = 8000;

interface Props {
  readonly step: number;
  readonly total: number;
  readonly go: (delta: number) => void;
  readonly playing: boolean;
  readonly setPlaying: (playing: boolean) => void;
  readonly onExit: () => void;
}

export function StoryNav({ step, total, go, playing, setPlaying, onExit }: Props) {
  const t = useT();
  const atEnd = step >= total;

  useEffect(() => {
    if (!playing) return;
    if (atEnd) {
      setPlaying(false);
      return;
    }
    // A new timer per step: a step moved by hand restarts the count.
    const timer = setTimeout(() => go(1), AUTOPLAY_MS);
    return () => clearTimeout(timer);
  }, [playing, atEnd, step, go, setPlaying]);

  return (
    <div className="detente-story-nav" role="group" aria-label={t("story.region")}>
      <button
        type="button"
        className="detente-button detente-text-button"
        disabled={step <= 0}
        onClick={() => {
          setPlaying(false);
          go(-1);
        }}
      >
        <span aria-hidden="true">←</span> {t("story.previous")}
      </button>
      <span className="detente-story-progress" aria-live="polite" aria-atomic="true">
        {step === 0 ? t("story.opening") : t("story.progress", { index: step, total })}
      </span>
      <button
        type="button"
        className="detente-button detente-text-button detente-story-next"
        disabled={atEnd}
        onClick={() => {
          setPlaying(false);
          go(1);
        }}
      >
        {t("story.next")} <span aria-hidden="true">→</span>
      </button>
      <progress
        className="detente-story-bar"
        max={Math.max(total, 1)}
        value={step}
        aria-hidden="true"
      />
      <button
        type="button"
        className="detente-button detente-text-button detente-story-play"
        disabled={atEnd && !playing}
        onClick={() => setPlaying(!playing)}
      >
        {playing ? t("story.pause") : t("story.play")}
      </button>
      <button
        type="button"
        className="detente-button detente-text-button detente-story-exit"
        onClick={onExit}
      >
        {t("story.exit")}
      </button>
    </div>
  );
}
