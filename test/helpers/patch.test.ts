import { describe, expect, it } from "vitest";
import { patch } from "./patch.js";

describe("patch", () => {
  it("replaces the first anchor only, taking the replacement literally", () => {
    expect(patch("a: 1\nb: 1\n", "1", "$&2")).toBe("a: $&2\nb: 1\n");
  });

  it("throws, naming the anchor, when the fixture does not hold it", () => {
    expect(() => patch("a: 1\n", "b: 1", "b: 2")).toThrow('patch: the fixture has no "b: 1" to replace');
  });
});
