/**
 * A labelled picker: the label names the select (its accessible name), the options carry their
 * words and languages, and a choice reaches the caller as the option's own value.
 */
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { LabelledSelect } from "../../src/ui/LabelledSelect.tsx";

type Tone = "calm" | "tense";

describe("LabelledSelect", () => {
  it("is named by its label, lists its options and reports the one chosen", async () => {
    const chosen: Tone[] = [];
    render(
      <LabelledSelect<Tone>
        id="tone"
        label="Tone"
        value="calm"
        options={[
          { value: "calm", label: "Calm" },
          { value: "tense", label: "Tenso", lang: "es" },
        ]}
        onChange={(tone) => chosen.push(tone)}
      />,
    );
    const select = screen.getByRole("combobox", { name: "Tone" });
    expect(select).toHaveValue("calm");
    expect(screen.getByRole("option", { name: "Tenso" })).toHaveAttribute("lang", "es");
    expect(screen.getByRole("option", { name: "Calm" })).not.toHaveAttribute("lang");
    await userEvent.selectOptions(select, "tense");
    expect(chosen).toEqual(["tense"]);
  });
});
