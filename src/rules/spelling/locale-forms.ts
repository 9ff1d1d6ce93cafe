import type { ResolvedClient } from "../../config/types.js";

let british: Promise<readonly string[]> | undefined;

/**
 * The word forms a client's English adds to the en-US table: cspell's British forms for en-GB ("speciality"),
 * loaded on the first en-GB client only, so en-US runs never read them.
 */
export function localeForms(language: ResolvedClient["language"]): Promise<readonly string[]> {
  if (language !== "en-GB") return Promise.resolve([]);
  british ??= import("../../generated/en-gb-words.js").then(({ GB_FORMS }) => GB_FORMS.split("\n"));
  return british;
}
