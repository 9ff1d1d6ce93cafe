import { describe, expect, it } from "vitest";
import { memoized } from "./memo.js";

describe("memoized", () => {
  it("computes a value once per owner and slot, and keeps it out of JSON and key listings", () => {
    const A = Symbol("a");
    const B = Symbol("b");
    const post = { text: "hi" };
    let calls = 0;
    const length = (p: { text: string }) => {
      calls++;
      return p.text.length;
    };
    expect(memoized(post, A, length)).toBe(2);
    expect(memoized(post, A, length)).toBe(2);
    expect(calls).toBe(1);
    expect(memoized(post, B, () => "other")).toBe("other");
    expect(memoized({ text: "four" }, A, length)).toBe(4);
    expect(calls).toBe(2);
    expect(JSON.stringify(post)).toBe('{"text":"hi"}');
    expect(Object.keys(post)).toEqual(["text"]);
  });
});
