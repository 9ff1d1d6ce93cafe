import { describe, expect, it } from "vitest";
import { addWordsToText, badWord } from "./words-file.js";

describe("adding words to a words file", () => {
  it("puts each new word in its alphabetical place in the last run of words, keeping comments and other lines", () => {
    const text = "# Brands\nAcme\n\n# Products\nHearthloaf\nNorthwind  \nTrailhead # the range\nZed\n";
    const result = addWordsToText(text, ["Kestrelwood", "Aardvark", "Summitly"]);
    expect(result.text).toBe(
      "# Brands\nAcme\n\n# Products\nAardvark\nHearthloaf\nKestrelwood\nNorthwind  \nSummitly\nTrailhead # the range\nZed\n",
    );
    expect(result.added).toEqual(["Kestrelwood", "Aardvark", "Summitly"]);
  });

  it("adds a word once, not when it is there in any case, and says which were there", () => {
    const result = addWordsToText("acme\nnorthwind\n", ["Acme", "Zorbax", "Zorbax", "NORTHWIND"]);
    expect(result).toEqual({ text: "acme\nnorthwind\nZorbax\n", added: ["Zorbax"], present: ["Acme", "NORTHWIND"] });
  });

  it("appends to an unsorted run, after comments only, to an empty file, and keeps CRLF line ends", () => {
    expect(addWordsToText("zeta\nalpha\n", ["beta"]).text).toBe("zeta\nalpha\nbeta\n");
    expect(addWordsToText("# Words of the house\n", ["levain", "Babka"]).text).toBe("# Words of the house\nBabka\nlevain\n");
    expect(addWordsToText("", ["b", "a"]).text).toBe("a\nb\n");
    expect(addWordsToText("acme\r\nzed\r\n", ["kite"]).text).toBe("acme\r\nkite\r\nzed\r\n");
    expect(addWordsToText("acme", ["zed"]).text).toBe("acme\nzed\n");
  });

  it("refuses what cannot be one line of the file", () => {
    expect(badWord("two words")).toMatch(/holds a space/);
    expect(badWord("#tag")).toMatch(/starts a comment/);
    expect(badWord(" ")).toBe("an empty word");
    expect(badWord("Kestrelwood")).toBeUndefined();
  });
});
