// Writes package.json's version into src/version.ts: npm runs it as the `version` script, so `npm version X.Y.Z`
// bumps both (and the CLI's --version and the Action say the released version). Usage: node scripts/sync-version.mjs
import { readFileSync, writeFileSync } from "node:fs";

const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
const file = new URL("../src/version.ts", import.meta.url);
const text = readFileSync(file, "utf8");
const next = text.replace(/export const VERSION = "[^"]*";/, `export const VERSION = ${JSON.stringify(version)};`);
if (next === text && !text.includes(`"${version}"`)) throw new Error("sync-version: no VERSION constant in src/version.ts");
writeFileSync(file, next);
