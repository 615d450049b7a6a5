import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    env: { TZ: "UTC" },
    reporters: ["default", "json"],
    outputFile: { json: "test-results/results.json" },
  },
});
