/**
 * The dataset schema validation runs: schema.ts's, with its events and sources parsed by code that
 * zod's own compiler wrote at build time (compiled/parsers.ts, scripts/compiledSchemas.ts).
 * zod compiles at run time only through `new Function`, which the app's Content-Security-Policy
 * forbids, so without this every event would go through zod's interpreter, about three times
 * slower. An input the compiled code does not accept goes through the interpreter as before, so
 * every problem is reported in zod's words, at the same path.
 */
import { z } from "zod";
import { parseEvent, parseSource } from "./compiled/parsers.ts";
import { datasetShape, eventSchema, sourceSchema, type datasetSchema } from "./schema.ts";

let compiled: typeof datasetSchema | undefined;

/** Built on first use, not at import: a module that is imported has no side effects. */
export function fastDatasetSchema(): typeof datasetSchema {
  compiled ??= z.strictObject(
    datasetShape(z.withParser(eventSchema, parseEvent), z.withParser(sourceSchema, parseSource)),
  );
  return compiled;
}
