/**
 * Says why the lanes are not what the reader chose: a grouping with nearly one event per group
 * fell back to one lane, or the smaller groups share "Other".
 */
import { formatCount } from "../i18n/countText.ts";
import { useDetente } from "../store/context.tsx";
import { selectLaneIndex } from "../store/selectors.ts";
import { useT } from "../store/useT.ts";

export function LaneNotice() {
  const t = useT();
  const index = useDetente(selectLaneIndex);
  const lang = useDetente((s) => s.settings.lang);
  const text = index.collapsed
    ? t("lanes.collapsed", {
        groups: formatCount(index.collapsed.groups, lang),
        grouping: t(`lanes.collapsed.${index.collapsed.grouping}`),
      })
    : index.folded
      ? t("lanes.folded", { count: formatCount(index.folded, lang) })
      : "";
  return (
    <p className="detente-lane-notice detente-muted" role="status" hidden={text === ""}>
      {text}
    </p>
  );
}
