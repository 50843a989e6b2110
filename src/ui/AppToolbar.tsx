/**
 * The instance's toolbar: language and theme, and the sharing and export actions. Each action
 * lives in its own component; this file only lays them out.
 */
import { useId } from "react";
import type { Lang } from "../i18n/format.ts";
import { useDetente } from "../store/context.tsx";
import type { Theme } from "../store/types.ts";
import { CopyLinkButton } from "./CopyLinkButton.tsx";
import { EmbedDialog } from "./EmbedDialog.tsx";
import { ExportMenu } from "./ExportMenu.tsx";
import { OpenData } from "./OpenData.tsx";
import { useT } from "../store/useT.ts";
import { withMessages } from "../i18n/translate.ts";
import { LabelledSelect } from "./LabelledSelect.tsx";

const LANGS: readonly Lang[] = ["en", "es"];
const THEMES: readonly Theme[] = ["auto", "light", "dark"];

export function AppToolbar({
  share = true,
  id,
}: {
  readonly share?: boolean;
  readonly id?: string;
}) {
  const t = useT();
  const ids = useId();
  const settings = useDetente((s) => s.settings);
  const setSettings = useDetente((s) => s.setSettings);
  return (
    <div id={id} className="detente-app-toolbar" role="toolbar" aria-label={t("toolbar.label")}>
      <LabelledSelect
        id={`${ids}-lang`}
        label={t("toolbar.language")}
        value={settings.lang}
        options={LANGS.map((lang) => ({ value: lang, label: t(`lang.${lang}`), lang }))}
        onChange={(lang) => withMessages(lang, () => setSettings({ lang }))}
      />
      <LabelledSelect
        id={`${ids}-theme`}
        label={t("toolbar.theme")}
        value={settings.theme}
        options={THEMES.map((theme) => ({ value: theme, label: t(`theme.${theme}`) }))}
        onChange={(theme) => setSettings({ theme })}
      />
      {/* Sharing and export actions go here. */}
      {share ? (
        <>
          <CopyLinkButton />
          <EmbedDialog />
        </>
      ) : null}
      <ExportMenu />
      <OpenData />
    </div>
  );
}
