import { defineConfig } from "vitest/config";

// The takedown measurement (bench/takedown.measure.ts): the committed Action bundle on Node 24 against the GitHub
// simulator and four platform fakes. Run with `npm run bench:takedown` after `npm run bundle`.
export default defineConfig({
  test: { include: ["bench/**/*.measure.ts"], testTimeout: 900_000, hookTimeout: 120_000 },
});
