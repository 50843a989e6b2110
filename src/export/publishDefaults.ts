/**
 * What the export editor's fields hold when it opens: a title naming the window in view, a
 * subtitle with the parties and the number of events shown, no notes, and the tool's credit.
 */
import "../i18n/exportWords.ts";
import { selectLocalDataset } from "../store/selectors.ts";
import { defaultExportTitle } from "../i18n/exportText.ts";
import type { Lang } from "../i18n/format.ts";
import { publishingTranslator } from "../i18n/publishing.ts";
import { translator } from "../i18n/translate.ts";
import { selectVisibleEvents } from "../store/selectors.ts";
import type { DetenteState } from "../store/types.ts";
import type { PublishOptions } from "./svg.ts";

export type PublishText = Pick<PublishOptions, "title" | "subtitle" | "notes" | "credit">;

export function defaultPublishText(
  state: Pick<DetenteState, "dataset" | "goldstein" | "filters" | "settings" | "viewport">,
  lang: Lang,
): PublishText {
  const t = publishingTranslator(lang);
  const count = selectVisibleEvents(state).length;
  // The dataset's own words in the reader's language, as the page shows them.
  const dataset = selectLocalDataset(state);
  const parties = dataset.parties.map((party) => party.name).join(" – ");
  return {
    title: defaultExportTitle(dataset.title, state.viewport, lang),
    subtitle:
      count === 1
        ? t("export.defaultSubtitleOne", { parties })
        : t("export.defaultSubtitle", { parties, count }),
    notes: "",
    credit: translator(lang)("export.madeWith"),
  };
}
