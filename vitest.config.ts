import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Rules keep their example posts and tests beside them; workflow and e2e tests live in test/.
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    exclude: ["**/node_modules/**", "dist/**", "action/dist/**"],
    testTimeout: 20_000,
    hookTimeout: 120_000,
    // bin/checkpost.js runs dist/: build it once for the tests that spawn the CLI.
    globalSetup: ["test/setup/build-dist.ts"],
  },
});
