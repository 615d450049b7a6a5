import { configDefaults, defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 180_000,
    env: { TZ: "UTC" },
    reporters: ["default", "json"],
    outputFile: { json: "test-results/results.json" },
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["test/**/*.test.ts"], exclude: [...configDefaults.exclude, "test/browser/**"] },
      },
      {
        // Browser tests need a built site: the global setup builds dist/ when it is missing or older than its sources.
        // Vitest runs it only when a browser test is part of the run.
        extends: true,
        test: {
          name: "browser",
          include: ["test/browser/**/*.test.ts"],
          globalSetup: ["test/browser/global-setup.ts"],
        },
      },
    ],
  },
});
