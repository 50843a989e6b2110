/**
 * What the tension chart says in words under it: the chart's summary, or, with the crosshair on
 * a day, that day's reading (TensionDayReadout.tsx, loaded when a reader first asks for a day:
 * the first view only shows the summary, which stands in while it loads).
 */
import { lazy, Suspense } from "react";

const TensionDayReadout = lazy(() => import("./TensionDayReadout.tsx"));

interface Props {
  readonly id: string;
  readonly day: number | null;
  readonly summaryText: string;
}

export function TensionReadout({ id, day, summaryText }: Props) {
  const summary = (
    <p id={id} className="detente-readout" aria-live="polite">
      {summaryText}
    </p>
  );
  if (day === null) return summary;
  return (
    <Suspense fallback={summary}>
      <TensionDayReadout id={id} day={day} summaryText={summaryText} />
    </Suspense>
  );
}
