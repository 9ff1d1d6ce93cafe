/**
 * The one well-formedness check for URLs that readers should be able to follow: links in the text,
 * `reply_to` (rule `link`) and fact sources (rule `fact-source`). One function, so a URL that one rule
 * calls malformed is malformed for the other too.
 *
 * Returns what is wrong as a predicate to write after the URL ("is not a well-formed URL"), or undefined.
 */
export function urlProblem(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return "is not a well-formed URL";
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return `is a ${parsed.protocol} URL; expected http(s)`;
  const host = parsed.hostname;
  // WHATWG URL parsing accepts hosts no browser or app will resolve or link: "shop", "acme..example", "acme.example.".
  if (!host.includes(".") && host !== "localhost" && !host.startsWith("[")) return `has no valid host name ("${host}")`;
  if (host.startsWith(".") || host.endsWith(".") || host.includes("..")) return `has a malformed host name ("${host}")`;
  return undefined;
}
