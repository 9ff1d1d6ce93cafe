import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ACTION_MAJOR, ACTION_REPOSITORY } from "../../src/cli/init-files.js";
import { VERSION } from "../../src/version.js";
import { REPO } from "../helpers/cli.js";

/** Where a new team reads how to pin checkpost: the README, docs/, example-content/ and what init writes. */
function documents(): { file: string; text: string }[] {
  const found = ["README.md"];
  for (const dir of ["docs", "example-content"]) {
    for (const entry of readdirSync(path.join(REPO, dir), { recursive: true, withFileTypes: true })) {
      if (entry.isFile() && /\.(md|ya?ml)$/.test(entry.name)) found.push(path.relative(REPO, path.join(entry.parentPath, entry.name)));
    }
  }
  return found.map((file) => ({ file, text: readFileSync(path.join(REPO, file), "utf8") }));
}

const major = VERSION.split(".")[0];

describe("references a team pins", () => {
  it("name no placeholder owner", () => {
    const placeholders = documents().flatMap(({ file, text }) => (/\bOWNER\//.test(text) ? [file] : []));
    expect(placeholders).toEqual([]);
  });

  it("pin the Action and the published schemas to the package's major version", () => {
    expect(ACTION_MAJOR).toBe(`v${major}`);
    const wrong: string[] = [];
    for (const { file, text } of documents()) {
      for (const [use] of text.matchAll(/(?<![\w.])[\w-]+\/checkpost(?:\/publish)?@[\w.]+/g)) {
        if (use !== `${ACTION_REPOSITORY}@${ACTION_MAJOR}` && use !== `${ACTION_REPOSITORY}/publish@${ACTION_MAJOR}`)
          wrong.push(`${file}: ${use}`);
      }
      for (const [url] of text.matchAll(/https:\/\/unpkg\.com\/checkpost@[^/\s]+/g)) {
        if (url !== `https://unpkg.com/checkpost@${major}`) wrong.push(`${file}: ${url}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
