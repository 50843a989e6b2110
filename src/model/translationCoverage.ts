/**
 * What a translation leaves in the dataset's language: the JSON paths of the texts it has no
 * translation for. Validation accepts a partial translation (each text falls back on its own);
 * this tells an editor, or a test of a dataset that promises a complete one, what is missing.
 */
import type { Dataset } from "./schema.ts";

export function untranslatedPaths(dataset: Dataset, lang: string): string[] {
  const tr = dataset.translations?.[lang] ?? {};
  const missing: string[] = [];
  const base = `translations.${lang}`;
  const need = (has: boolean, path: string): void => {
    if (!has) missing.push(`${base}.${path}`);
  };
  need(tr.title !== undefined, "title");
  need(tr.description !== undefined, "description");
  for (const topic of dataset.topics)
    need(tr.topics?.[topic.id] !== undefined, `topics.${topic.id}`);
  for (const actor of dataset.actors)
    need(tr.actors?.[actor.id]?.role !== undefined, `actors.${actor.id}.role`);
  for (const era of dataset.eras ?? []) {
    need(tr.eras?.[era.id]?.label !== undefined, `eras.${era.id}.label`);
    if (era.summary !== undefined)
      need(tr.eras?.[era.id]?.summary !== undefined, `eras.${era.id}.summary`);
  }
  for (const event of dataset.events) {
    const own = tr.events?.[event.id];
    const at = `events.${event.id}`;
    need(own?.title !== undefined, `${at}.title`);
    need(own?.summary !== undefined, `${at}.summary`);
    if (event.scoreNote !== undefined) need(own?.scoreNote !== undefined, `${at}.scoreNote`);
    if (event.dateLabel !== undefined) need(own?.dateLabel !== undefined, `${at}.dateLabel`);
    if (event.media?.caption !== undefined)
      need(own?.media?.caption !== undefined, `${at}.media.caption`);
    if (event.media?.alt !== undefined) need(own?.media?.alt !== undefined, `${at}.media.alt`);
    event.citations.forEach((citation, i) => {
      if (citation.note !== undefined)
        need(own?.citations?.[String(i)]?.note !== undefined, `${at}.citations.${i}.note`);
    });
    (event.discrepancies ?? []).forEach((discrepancy, i) => {
      const d = own?.discrepancies?.[String(i)];
      need(d?.about !== undefined, `${at}.discrepancies.${i}.about`);
      if (discrepancy.resolution !== undefined)
        need(d?.resolution !== undefined, `${at}.discrepancies.${i}.resolution`);
      discrepancy.accounts.forEach((_, j) =>
        need(
          d?.accounts?.[String(j)]?.says !== undefined,
          `${at}.discrepancies.${i}.accounts.${j}.says`,
        ),
      );
    });
  }
  (dataset.corrections ?? []).forEach((_, i) => {
    need(tr.corrections?.[String(i)]?.change !== undefined, `corrections.${i}.change`);
    need(tr.corrections?.[String(i)]?.reason !== undefined, `corrections.${i}.reason`);
  });
  return missing;
}
