import { describe, expect, it } from "vitest";
import { plural } from "./plural.js";

describe("plural", () => {
  it("uses the singular for exactly one, the plural otherwise, and an irregular plural when given", () => {
    expect([0, 1, 2].map((n) => plural(n, "image"))).toEqual(["0 images", "1 image", "2 images"]);
    expect([1, 3].map((n) => plural(n, "entry", "entries"))).toEqual(["1 entry", "3 entries"]);
  });
});
