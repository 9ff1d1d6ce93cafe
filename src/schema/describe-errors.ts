import type { ErrorObject } from "ajv";
import type { DataPath } from "../load/safe-yaml.js";
import { plural } from "../text/plural.js";

/** One schema problem, in terms of the data: where it is and what was expected. */
export interface SchemaIssue {
  path: DataPath;
  /** Point at the key rather than its value (unknown keys, bad key names). */
  atKey: boolean;
  message: string;
  suggestions?: string[];
}

/** What a pattern means, by the schema definition (or property) it comes from. */
const PATTERN_MEANING: Record<string, string> = {
  id: 'an id: lowercase letters, digits, "-" and "_", starting with a letter or digit (at most 64)',
  githubLogin: "a GitHub login (letters, digits and single hyphens)",
  loginOrTeam: "a GitHub login or a team as org/team-slug",
  envName: "the NAME of an environment variable (A-Z, 0-9 and _), never the secret itself",
  httpUrl: "an http(s) URL",
  clock: "a time of day HH:MM (00:00 to 24:00)",
  publish_at: "an ISO 8601 date-time with a UTC offset, e.g. 2026-12-01T09:30:00+01:00",
  file: 'a relative path without \\ : * ? " < > |',
  handle: "an account handle",
  account: "an account such as @acme or @acme@instance.social",
  author: "a URN such as urn:li:organization:12345 or urn:li:person:abc",
  api_version: "a version YYYYMM, e.g. 202611",
};

const SEVERITIES = ["off", "info", "warning", "error"];

const FORMAT_MEANING: Record<string, string> = {
  "date-time": PATTERN_MEANING.publish_at as string,
  uri: "an http(s) URL",
};

/** What an anyOf place accepts, by the last key of its path. */
const ANY_OF_MEANING: Record<string, string> = {
  posts: "a glob or a list of globs",
  file: "a path or a list of paths",
};

export function pathFromPointer(pointer: string): (string | number)[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

export function formatPath(path: DataPath): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out === "" ? part : `.${part}`;
  }
  return out;
}

export function describeErrors(errors: readonly ErrorObject[], data: unknown): SchemaIssue[] {
  const anyOfPaths = errors.filter((e) => e.keyword === "anyOf").map((e) => e.instancePath);
  const issues: SchemaIssue[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    if (error.keyword === "propertyNames" || error.keyword === "if") continue;
    if (isShadowedByAnyOf(error, anyOfPaths, errors, data)) continue;
    const issue = describe(error, data);
    if (!issue) continue;
    const key = `${formatPath(issue.path)}|${issue.atKey}|${issue.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push(issue);
  }
  return issues;
}

/**
 * An anyOf failure produces one error per branch. When the value is an object and some branch
 * reported a problem inside it, those inner problems are the useful ones; otherwise the anyOf
 * summary ("expected a glob or a list of globs") is.
 */
function isShadowedByAnyOf(error: ErrorObject, anyOfPaths: string[], all: readonly ErrorObject[], data: unknown): boolean {
  for (const p of anyOfPaths) {
    // Problems of the object branch: inside the value, or about its keys (an unknown or a missing key).
    const inner = all.some((e) => e.instancePath.startsWith(`${p}/`) || (e.instancePath === p && OBJECT_KEYWORDS.has(e.keyword)));
    const value = valueAt(data, pathFromPointer(p));
    const objectBranch = inner && value !== null && typeof value === "object";
    if (error.keyword === "anyOf" && error.instancePath === p) return objectBranch;
    if (error.instancePath === p) return !(objectBranch && OBJECT_KEYWORDS.has(error.keyword));
    if (error.instancePath.startsWith(`${p}/`) && !objectBranch) return true;
  }
  return false;
}

// About the keys or items of a list or object that has the branch's type: "at most 10 items" says more than "expected a path or a list".
const OBJECT_KEYWORDS = new Set(["additionalProperties", "required", "maxItems", "maxProperties"]);

function describe(error: ErrorObject, data: unknown): SchemaIssue | undefined {
  const path = pathFromPointer(error.instancePath);
  const params = error.params as Record<string, unknown>;
  const value = valueAt(data, path);
  const where = (p: DataPath) => (p.length ? `${formatPath(p)}: ` : "");

  // A bad key name (propertyNames) is reported on the key itself.
  const propertyName = (error as ErrorObject & { propertyName?: string }).propertyName;
  if (propertyName !== undefined) {
    const keyPath = [...path, propertyName];
    return {
      path: keyPath,
      atKey: true,
      message: `${where(path)}key "${propertyName}" is not valid; expected ${meaningOfPattern(error, path)}`,
    };
  }

  switch (error.keyword) {
    case "required": {
      const missing = String(params.missingProperty);
      return { path, atKey: true, message: `${where(path)}missing required key "${missing}"` };
    }
    case "additionalProperties": {
      const extra = String(params.additionalProperty);
      const allowed = Object.keys((error.parentSchema?.properties as object | undefined) ?? {});
      const close = closest(extra, allowed);
      return {
        path: [...path, extra],
        atKey: true,
        message: `${where(path)}unknown key "${extra}"${allowed.length ? ` (expected one of: ${allowed.join(", ")})` : ""}`,
        ...(close ? { suggestions: [close] } : {}),
      };
    }
    case "enum": {
      const allowed = (params.allowedValues as unknown[]).map((v) => String(v));
      const close = typeof value === "string" ? closest(value, allowed) : undefined;
      return {
        path,
        atKey: false,
        message: `${where(path)}expected one of ${allowed.join(", ")}; got ${show(value)}`,
        ...(close ? { suggestions: [close] } : {}),
      };
    }
    case "const":
      return { path, atKey: false, message: `${where(path)}expected ${show(params.allowedValue)}; got ${show(value)}` };
    case "discriminator": {
      // A missing tag is already reported by "required"; "got undefined" would only add noise.
      if (params.tagValue === undefined) return undefined;
      const allowed = oneOfTags(error);
      return {
        path: [...path, String(params.tag)],
        atKey: false,
        message: `${where([...path, String(params.tag)])}expected one of ${allowed.join(", ")}; got ${show(params.tagValue)}`,
      };
    }
    case "type":
      return { path, atKey: false, message: `${where(path)}expected ${article(String(params.type))}, got ${typeName(value)}` };
    case "pattern":
      return { path, atKey: false, message: `${where(path)}${show(value)} is not valid; expected ${meaningOfPattern(error, path)}` };
    case "format": {
      const meaning = FORMAT_MEANING[String(params.format)] ?? `a ${String(params.format)}`;
      return { path, atKey: false, message: `${where(path)}${show(value)} is not valid; expected ${meaning}` };
    }
    case "minItems":
      return { path, atKey: false, message: `${where(path)}expected at least ${plural(Number(params.limit), "item")}` };
    case "maxItems":
      return {
        path,
        atKey: false,
        message: `${where(path)}expected at most ${plural(Number(params.limit), "item")}; got ${Array.isArray(value) ? value.length : "more"}`,
      };
    case "maxProperties":
      return {
        path,
        atKey: false,
        message: `${where(path)}expected at most ${plural(Number(params.limit), "entry", "entries")}; got ${value && typeof value === "object" ? Object.keys(value).length : "more"}`,
      };
    case "minProperties":
      return { path, atKey: false, message: `${where(path)}expected at least ${plural(Number(params.limit), "entry", "entries")}` };
    case "minLength":
      return {
        path,
        atKey: false,
        message: `${where(path)}${Number(params.limit) === 1 ? "must not be empty" : `expected at least ${plural(Number(params.limit), "character")}`}`,
      };
    case "maxLength":
      return { path, atKey: false, message: `${where(path)}expected at most ${plural(Number(params.limit), "character")}` };
    case "minimum":
      return { path, atKey: false, message: `${where(path)}expected a number of at least ${String(params.limit)}; got ${show(value)}` };
    case "maximum":
      return { path, atKey: false, message: `${where(path)}expected a number of at most ${String(params.limit)}; got ${show(value)}` };
    case "uniqueItems": {
      const index = Number(params.i);
      const list = Array.isArray(value) ? value : [];
      return { path: [...path, index], atKey: false, message: `${where([...path, index])}${show(list[index])} is listed twice` };
    }
    case "anyOf": {
      const last = [...path].reverse().find((p) => typeof p === "string");
      const meaning =
        (typeof last === "string" && ANY_OF_MEANING[last]) ||
        (path.length >= 2 && path[path.length - 2] === "checks"
          ? "a severity (off, info, warning, error) or an object with severity and options"
          : "a value of an allowed form");
      // A misspelt severity ("warnin") gets the closest one as a suggestion.
      const close = typeof value === "string" && path[path.length - 2] === "checks" ? closest(value, SEVERITIES) : undefined;
      return {
        path,
        atKey: false,
        message: `${where(path)}expected ${meaning}; got ${typeName(value)}`,
        ...(close ? { suggestions: [close] } : {}),
      };
    }
    default:
      return { path, atKey: false, message: `${where(path)}${error.message ?? "is not valid"}` };
  }
}

function meaningOfPattern(error: ErrorObject, path: DataPath): string {
  const def = /#\/\$defs\/([^/]+)\//.exec(error.schemaPath)?.[1];
  const prop = [...path].reverse().find((p) => typeof p === "string");
  return (
    (def && PATTERN_MEANING[def]) ||
    (typeof prop === "string" && PATTERN_MEANING[prop]) ||
    `a value matching ${String((error.params as { pattern?: string }).pattern)}`
  );
}

function oneOfTags(error: ErrorObject): string[] {
  const schema = error.parentSchema as { oneOf?: { $ref?: string }[] } | undefined;
  return (schema?.oneOf ?? []).map((s) => /#\/\$defs\/(.+)Channel$/.exec(s.$ref ?? "")?.[1] ?? "?");
}

export function valueAt(data: unknown, path: DataPath): unknown {
  let current = data;
  for (const part of path) {
    if (current === null || typeof current !== "object") return undefined;
    if (!Object.hasOwn(current, part)) return undefined;
    current = (current as Record<string | number, unknown>)[part];
  }
  return current;
}

export function typeName(value: unknown): string {
  if (value === null || value === undefined) return "nothing";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") return `the text ${show(value)}`;
  if (typeof value === "number") return Number.isInteger(value) ? `the integer ${value}` : `the number ${value}`;
  return `${typeof value} ${String(value)}`;
}

function article(type: string): string {
  const names: Record<string, string> = {
    object: "a mapping",
    array: "a list",
    string: "a text",
    integer: "an integer",
    number: "a number",
    boolean: "true or false",
  };
  return type
    .split(",")
    .map((t) => names[t] ?? `a ${t}`)
    .join(" or ");
}

export function show(value: unknown): string {
  const text = typeof value === "string" ? value : (JSON.stringify(value) ?? String(value));
  const short = text.length > 60 ? `${text.slice(0, 57)}…` : text;
  return typeof value === "string" ? JSON.stringify(short) : short;
}

/** The closest candidate within a small edit distance, for "did you mean". */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const candidate of candidates) {
    const d = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const saved = row[j] as number;
      row[j] = Math.min((row[j] as number) + 1, (row[j - 1] as number) + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = saved;
    }
  }
  return row[b.length] as number;
}
