/**
 * The story's controller: it knows the store and the charts, and hands the presentation
 * (StoryStage) only what it shows. Both load when the story is first opened (DetenteView.tsx).
 */
import { useId } from "react";
import { TensionChart } from "../../charts/TensionChart.tsx";
import { Timeline } from "../../charts/Timeline.tsx";
import { eraEnteredAt } from "../../model/story.ts";
import { useDetente, useDetenteStore } from "../../store/context.tsx";
import { DetailsPanel } from "../DetailsPanelSoon.tsx";
import { StoryStage } from "./StoryStage.tsx";
import { useStory } from "./useStory.ts";

export function StoryHost({
  now,
  tension,
  headingLevel,
}: {
  readonly now?: number | undefined;
  readonly tension: boolean;
  /** The dataset title's level outside the story: kept, so the page keeps its outline. */
  readonly headingLevel: 1 | 2 | 3;
}) {
  const ids = useId();
  const store = useDetenteStore();
  const story = useStory();
  const eras = useDetente((s) => s.dataset.eras);
  const titleId = `${ids}-step-title`;
  return (
    <StoryStage
      {...story}
      titleId={titleId}
      headingLevel={headingLevel}
      era={eraEnteredAt(story.events, story.step, eras ?? [])}
      chart={
        <>
          <Timeline {...(now === undefined ? {} : { now })} />
          {tension ? <TensionChart /> : null}
        </>
      }
      details={<DetailsPanel titleId={titleId} closable={false} />}
      onOpen={() => story.reveal()}
      onExit={() => store.getState().setSettings({ story: false })}
    />
  );
}
