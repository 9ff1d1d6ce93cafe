import { describe, expect, it } from "vitest";
import { ruleIds } from "./rules/registry.js";
import { type Message, sortByPosition } from "./types.js";

const at = (ruleId: string, line = 1, column = 1): Message => ({ ruleId, severity: "error", line, column, message: "" });

describe("sortByPosition", () => {
  it("orders by line, column, then rule id", () => {
    const sorted = sortByPosition([at("spelling", 2, 1), at("length", 1, 5), at("spelling", 1, 5), at("config", 1, 5), at("link", 1, 1)]);
    expect(sorted.map((m) => `${m.line}:${m.column} ${m.ruleId}`)).toEqual([
      "1:1 link",
      "1:5 config",
      "1:5 length",
      "1:5 spelling",
      "2:1 spelling",
    ]);
  });

  it("orders every rule id as localeCompare does, which it no longer calls", () => {
    const ids = [...ruleIds(), "budget", "config", "path", "schema", "unused-suppression"];
    expect(ids.every((id) => /^[a-z]+(?:-[a-z]+)*$/.test(id))).toBe(true);
    const byLocale = [...ids].sort((a, b) => a.localeCompare(b));
    expect(sortByPosition([...ids].reverse().map((id) => at(id))).map((m) => m.ruleId)).toEqual(byLocale);
  });
});
