import type { Problem } from "../model/result.ts";

/** Shown instead of the charts when a dataset is invalid: every problem, where it is. */
export function ProblemList({
  file,
  problems,
}: {
  readonly file: string;
  readonly problems: readonly Problem[];
}) {
  return (
    <div className="detente" role="alert">
      <h1>The dataset could not be loaded</h1>
      <p>
        <code>{file}</code> has {problems.length} problem{problems.length === 1 ? "" : "s"}:
      </p>
      <ul>
        {problems.map((p, i) => (
          <li key={i}>
            <code>{p.path}</code>: {p.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
