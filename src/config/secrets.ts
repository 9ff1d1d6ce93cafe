/**
 * Recognises values that look like credentials, so a config that would leak one into a public
 * repository is refused. The detected value itself is never echoed back.
 */
const SECRET_PATTERNS: readonly [RegExp, string][] = [
  [/\bgh[pousr]_[A-Za-z0-9]{20,}/, "a GitHub token"],
  [/\bgithub_pat_[A-Za-z0-9_]{20,}/, "a GitHub token"],
  [/\bxox[abposr]-[A-Za-z0-9-]{10,}/, "a Slack token"],
  [/hooks\.slack\.com\/services\//i, "a Slack webhook URL"],
  [/discord(?:app)?\.com\/api\/webhooks\/\d+\/[\w-]+/i, "a Discord webhook URL"],
  [/\bsk-[A-Za-z0-9_-]{20,}/, "an API key"],
  [/\bAKIA[0-9A-Z]{16}\b/, "an AWS access key"],
  [/-----BEGIN [A-Z ]*PRIVATE KEY-----/, "a private key"],
  [/\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]+/, "a JSON Web Token"],
  [/^[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}$/, "a Bluesky app password"],
  [/^[a-z][a-z0-9+.-]*:\/\/[^/\s:@]+:[^/\s@]+@/i, "a URL with a password in it"],
];

/** Key names that announce a credential. `secret_env` names a variable and is fine. */
const SECRET_KEY =
  /^(?:.*[_-])?(?:token|password|passwd|secret|api[_-]?key|apikey|access[_-]?key|private[_-]?key|webhook[_-]?url|client[_-]?secret|app[_-]?password)$/i;

export function secretKind(key: string | number | undefined, value: string): string | undefined {
  for (const [pattern, kind] of SECRET_PATTERNS) if (pattern.test(value)) return kind;
  if (typeof key === "string" && key !== "secret_env" && SECRET_KEY.test(key) && value.trim() !== "") return "a credential";
  if (looksRandom(value)) return "a credential (a long random string)";
  return undefined;
}

/** A long token of mixed letters and digits with no spaces reads as a key, not as prose or a name. */
function looksRandom(value: string): boolean {
  if (value.length < 32 || /\s/.test(value) || /^https?:\/\//.test(value) || value.includes("/")) return false;
  if (!/^[A-Za-z0-9+_=.-]+$/.test(value)) return false;
  const digits = (value.match(/\d/g) ?? []).length;
  const upper = (value.match(/[A-Z]/g) ?? []).length;
  const lower = (value.match(/[a-z]/g) ?? []).length;
  return digits >= 4 && lower >= 4 && (upper >= 4 || /^[0-9a-f]+$/.test(value));
}
