/**
 * The field schemas' own messages: what a dataset author reads when one field is wrong. The
 * whole-dataset checks are in validate.test.ts.
 */
import { edtfInterval, eventTranslationSchema, translationSchema } from "../../src/model/schema.ts";

const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((issue) => issue.message) ?? [];

describe("translation objects", () => {
  it("name one unknown field and the fields they take", () => {
    expect(messages(translationSchema.safeParse({ titel: "Relaciones" }))).toEqual([
      'unknown field "titel" in a translation of a dataset; expected: title, description, parties, topics, actors, eras, sources, events, corrections',
    ]);
  });

  it("name several unknown fields in the plural, at any depth", () => {
    expect(
      messages(
        translationSchema.safeParse({ actors: { petro: { nombre: "Petro", rol: "Presidente" } } }),
      ),
    ).toEqual([
      'unknown fields "nombre", "rol" in a translation of an actor; expected: name, role',
    ]);
    expect(
      messages(eventTranslationSchema.safeParse({ media: { credit: "AP" }, citations: {} })),
    ).toEqual(['unknown field "credit" in a translation of media; expected: caption, alt']);
  });

  it("keep a field's own message for anything else", () => {
    expect(messages(translationSchema.safeParse({ title: "  " }))).toEqual([
      "translated title is empty",
    ]);
    expect(messages(translationSchema.safeParse("Relaciones"))).toHaveLength(1);
    expect(messages(translationSchema.safeParse("Relaciones"))[0]).not.toMatch(/unknown field/);
    expect(translationSchema.safeParse({ title: "Relaciones" }).success).toBe(true);
  });
});

describe("EDTF intervals", () => {
  it("take one open end, not two", () => {
    expect(edtfInterval.safeParse("../2026-02-02").success).toBe(true);
    expect(edtfInterval.safeParse("2026-01-03/..").success).toBe(true);
    expect(messages(edtfInterval.safeParse("../.."))).toEqual([
      "an interval needs at least one end",
    ]);
  });
});
