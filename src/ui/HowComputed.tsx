/** The tension model in plain words: what it does, the formula, the defaults, the caveats. */
import { soon } from "../charts/soon.tsx";
import { useT } from "../store/useT.ts";

/** Closed at first: its body is requested beside the data and drawn once in (charts/soon.tsx). */
const HowComputedBody = soon(() =>
  import("./HowComputedBody.tsx").then((module) => module.HowComputedBody),
);

export function HowComputed() {
  const t = useT();
  return (
    <details className="detente-how">
      <summary>{t("how.title")}</summary>
      <HowComputedBody />
    </details>
  );
}
