/**
 * The dataset's title, parties and description, kept short so the charts are on the first
 * screen: the description folds to two lines with More / Less.
 */
import { useId, useState } from "react";
import { useDetente } from "../store/context.tsx";
import { useT } from "../store/useT.ts";
import { selectLocalDataset } from "../store/selectors.ts";

interface Props {
  readonly headingLevel: 1 | 2 | 3;
}

export function DatasetHeader({ headingLevel }: Props) {
  const Title = `h${headingLevel}` as "h1" | "h2" | "h3";
  const t = useT();
  const id = useId();
  const dataset = useDetente(selectLocalDataset);
  const [expanded, setExpanded] = useState(false);
  return (
    <div className="detente-dataset">
      <Title className="detente-title">{dataset.title}</Title>
      <p className="detente-parties">
        <span className="detente-visually-hidden">{t("app.parties")}: </span>
        {dataset.parties.map((p) => (
          <span key={p.code} className="detente-party">
            <abbr title={p.name}>{p.code}</abbr> {p.name}
          </span>
        ))}
      </p>
      <div className="detente-description-wrap">
        <p
          id={`${id}-desc`}
          className="detente-description"
          data-folded={expanded ? undefined : ""}
        >
          {dataset.description}
        </p>
        <button
          type="button"
          className="detente-link-button"
          aria-expanded={expanded}
          aria-controls={`${id}-desc`}
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? t("app.less") : t("app.more")}
        </button>
      </div>
    </div>
  );
}
