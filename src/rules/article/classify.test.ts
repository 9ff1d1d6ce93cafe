import { describe, expect, it } from "vitest";
import { expectedArticle } from "./classify.js";

describe("expectedArticle", () => {
  it("takes 'a' before a sounded h and either article where usage is split", () => {
    const got = Object.fromEntries(
      ["hilarious", "history", "horrific", "horrendous", "habitual", "hereditary", "hallucination", "hour", "heir", "honest"].map((w) => [
        w,
        expectedArticle(w),
      ]),
    );
    expect(got).toEqual({
      hilarious: "a",
      history: "a",
      horrific: "a",
      horrendous: "a",
      habitual: "a",
      hereditary: "a",
      hallucination: "a",
      hour: "an",
      heir: "an",
      honest: "an",
    });
    for (const w of ["historic", "historical", "historian", "hotel", "herb", "herbal", "homage", "SQL"]) {
      expect([w, expectedArticle(w)]).toEqual([w, undefined]);
    }
    // "Herbert" is a name, not a herb.
    expect(expectedArticle("herbert")).toBe("a");
  });

  it("takes 'a' before a u read 'you' (the docs' 'a unicorn'), 'an' before other u-words", () => {
    const words = ["unicorn", "Unicode", "unisex", "unilateral", "ufo", "eula", "ouija", "uninstall", "umbrella", "unit"];
    expect(words.map((w) => `${expectedArticle(w)} ${w}`)).toEqual([
      "a unicorn",
      "a Unicode",
      "a unisex",
      "a unilateral",
      "a ufo",
      "a eula",
      "a ouija",
      "an uninstall",
      "an umbrella",
      "a unit",
    ]);
  });

  it("reads capitals as letters or as a word, and stays quiet on names and split readings", () => {
    const got = Object.fromEntries(
      ["UFO", "FBI", "MRI", "NASA", "API", "AI", "EU", "CEO", "TV", "HTML", "LLM", "MP3", "B", "EULA", "FAQ", "LED", "Acme", "NATO"].map(
        (w) => [w, expectedArticle(w) ?? "either"],
      ),
    );
    expect(got).toEqual({
      UFO: "a",
      FBI: "an",
      MRI: "an",
      NASA: "a",
      API: "an",
      AI: "an",
      EU: "an",
      CEO: "a",
      TV: "a",
      HTML: "an",
      LLM: "an",
      MP3: "an",
      B: "a",
      EULA: "a",
      FAQ: "either",
      LED: "either",
      Acme: "either",
      NATO: "a",
    });
  });

  it("after a shouted AN, reads capitals as shouting, not as letters", () => {
    expect(expectedArticle("UPDATE", true)).toBeUndefined();
    expect(expectedArticle("API", true)).toBeUndefined();
    expect(expectedArticle("USER", true)).toBe("a");
  });
});
