/**
 * Every Spanish word of the interface, in one chunk that translate.ts loads only when a reader
 * needs Spanish: an English reader never downloads it.
 */
import type { Messages } from "./translate.ts";
// The Spanish locale for dates travels with the Spanish words (model/dateLocale.ts).
export { es as dateLocaleEs } from "date-fns/locale/es";
import { coreEs } from "./messages/es/core.ts";
import { embedEs } from "./messages/es/embed.ts";
import { embedDialogEs } from "./messages/es/embedDialog.ts";
import { eventdataEs } from "./messages/es/eventdata.ts";
import { exploreEs } from "./messages/es/explore.ts";
import { exportEs } from "./messages/es/export.ts";
import { importEs } from "./messages/es/import.ts";
import { importAreaEs } from "./messages/es/importArea.ts";
import { embedPageEs } from "./messages/es/embedPage.ts";
import { importPanelsEs } from "./messages/es/importPanels.ts";
import { howEs } from "./messages/es/how.ts";
import { largeDataEs } from "./messages/es/largeData.ts";
import { recordEs } from "./messages/es/record.ts";
import { shareEs } from "./messages/es/share.ts";
import { publishEs } from "./messages/es/publish.ts";
import { storyEs } from "./messages/es/story.ts";
import { detailsEs } from "./messages/es/details.ts";
import { filterPanelEs } from "./messages/es/filterPanel.ts";
import { storyStageEs } from "./messages/es/storyStage.ts";
import { tensionDayEs } from "./messages/es/tensionDay.ts";

export const es: Messages = {
  ...coreEs,
  ...exploreEs,
  ...shareEs,
  ...exportEs,
  ...embedEs,
  ...embedDialogEs,
  ...importEs,
  ...importAreaEs,
  ...embedPageEs,
  ...importPanelsEs,
  ...howEs,
  ...recordEs,
  ...eventdataEs,
  ...largeDataEs,
  ...publishEs,
  ...storyEs,
  ...detailsEs,
  ...filterPanelEs,
  ...storyStageEs,
  ...tensionDayEs,
};
