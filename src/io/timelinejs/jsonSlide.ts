/** One TimelineJS JSON slide (an event, an era or the title object) read into a `Slide`. */
import { htmlToText } from "../shared/htmlText.ts";
import { isRecord } from "../shared/jsonInput.ts";
import type { Slide, SlideDate } from "./slide.ts";
import { textField } from "./slide.ts";

const TIME_FIELDS = ["hour", "minute", "second", "millisecond"] as const;

function slideDate(value: unknown): SlideDate | undefined {
  if (!isRecord(value)) return undefined;
  return {
    year: value["year"],
    month: value["month"],
    day: value["day"],
    hasTime: TIME_FIELDS.some((f) => textField(value[f]).trim() !== ""),
  };
}

export function readSlide(value: Record<string, unknown>, line: number | undefined): Slide {
  const text = isRecord(value["text"]) ? value["text"] : {};
  const media = isRecord(value["media"]) ? value["media"] : {};
  const start = slideDate(value["start_date"]);
  const startDate = isRecord(value["start_date"]) ? value["start_date"] : {};
  // TimelineJS reads `display_date`; its own cosmological example writes `display_text`.
  const startDisplay = textField(startDate["display_date"]) || textField(startDate["display_text"]);
  return {
    start,
    end: slideDate(value["end_date"]),
    headline: textField(text["headline"]),
    text: textField(text["text"]),
    mediaUrl: textField(media["url"]),
    mediaCaption: textField(media["caption"]),
    mediaCredit: textField(media["credit"]),
    mediaAlt: textField(media["alt"]),
    group: htmlToText(textField(value["group"])),
    displayDate: textField(value["display_date"]) || startDisplay,
    uniqueId: textField(value["unique_id"]),
    line,
  };
}
