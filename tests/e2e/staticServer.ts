// The static server used by the browser tests. It is written once, in plain JS, in
// scripts/static-server.mjs (scripts/screenshot.mjs uses it too); types are in the .d.mts twin.
// Tests that need a second origin (e.g. an embedding page) can start another instance:
//   const other = await startStaticServer({ root: someDir }); ... await other.close();
export { CONTENT_TYPES, startStaticServer } from "../../scripts/static-server.mjs";
export type { StaticServer, StaticServerOptions } from "../../scripts/static-server.mjs";
