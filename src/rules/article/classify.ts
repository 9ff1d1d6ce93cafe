/**
 * Which article a word takes, by sound, with the exception lists of retext-indefinite-article (MIT):
 * words spelt with a vowel that sound like a consonant ("a user", "a one-off") and the reverse
 * ("an hour", "an FBI agent"). A trailing `*` matches a prefix. Only words whose h is silent for
 * everyone take "an": an h that is sounded ("a hilarious", "a horrific", "a habitual", "a hereditary")
 * takes "a" like any consonant, and words where usage is split are in EITHER.
 */
const NEEDS_A = [
  "U",
  "UN",
  "eucalypt*",
  "eucha*",
  "euchr*",
  "euclid*",
  "eucrite",
  "eucryphia",
  "eugen*",
  "eukar*",
  "eulog*",
  "eula",
  "eunice",
  "eunuch",
  "euph*",
  "eura*",
  "eure*",
  "euro*",
  "eury*",
  "eutha*",
  "ewe",
  "ewer",
  "once",
  "one",
  "one-*",
  "oneself*",
  "onetime*",
  "oneway",
  "ouija",
  "ubiq*",
  "uefa",
  "ufo*",
  "ugandan",
  "uk",
  "ukase",
  "ukrain*",
  "ukulele",
  "ululat*",
  "unanim*",
  "unary",
  "unesco",
  "unhcr",
  "unicod*",
  "unicorn*",
  "unicycl*",
  "unidirect*",
  "unif*",
  "unilateral*",
  "union*",
  "uniq*",
  "unit*",
  "unisex",
  "unison",
  "univ*",
  "unix",
  "uran*",
  "urate",
  "uri*",
  "url",
  "urologist",
  "uruguay*",
  "us",
  "usa",
  "usab*",
  "usage",
  "usb",
  "use*",
  "using",
  "usu*",
  "utah",
  "uten*",
  "uter*",
  "util*",
  "utop*",
  "uvula*",
  "uyghur",
  // Read as words, not letters: "a NASA launch", "a NATO summit".
  "nasa",
  "nato",
];
/**
 * Words where usage is split, so either article is right: "an herb" (US) and "a herb" (UK), "an historic"
 * and "a historic", "an hotel" (old-fashioned) and "a hotel", "a SQL query" (sequel) and "an SQL query".
 */
const EITHER = [
  "hauteur",
  "herb",
  "herbs",
  "herbal*",
  "herbicid*",
  "herbivor*",
  "historian*",
  "historic*",
  "homage",
  "hotel*",
  "sql",
  "xmas",
];
const NEEDS_AN = [
  "IOU",
  "MA",
  "MS",
  "f",
  "fbi",
  "fda",
  "fm",
  "h",
  "hb",
  "heir*",
  "hiv",
  "honest*",
  "honor*",
  "honour*",
  "hour*",
  "html",
  "l",
  "lbw",
  "lcd",
  "m",
  "mba",
  "mph",
  "mri",
  "msc",
  "mtv",
  "n",
  "nba",
  "nbc",
  "nfl",
  "ngo",
  "nhl",
  "npm",
  "r&d",
  "r",
  "raf",
  "s",
  "sgml",
  "sms",
  "sos",
  "spf",
  "std",
  "suv",
  "x",
  "x-ray",
  "x-rays",
  "xbox",
  "xml",
];

function matcher(list: readonly string[]): (word: string) => boolean {
  const exact = new Set(list.filter((w) => !w.endsWith("*") && w !== w.toLowerCase()));
  const anyCase = new Set(list.filter((w) => !w.endsWith("*") && w === w.toLowerCase()));
  const prefixes = list.filter((w) => w.endsWith("*")).map((w) => w.slice(0, -1));
  return (word) => exact.has(word) || anyCase.has(word.toLowerCase()) || prefixes.some((p) => word.toLowerCase().startsWith(p));
}

const needsA = matcher(NEEDS_A);
const needsAn = matcher(NEEDS_AN);
const either = matcher(EITHER);

/**
 * "a", "an", or undefined when it cannot tell (a capitalised name, an acronym it cannot place, a word
 * with split usage). `shouted`: the article is "AN", so a word in capitals is shouting, not an acronym.
 */
export function expectedArticle(next: string, shouted = false): "a" | "an" | undefined {
  const head = /^\d/.test(next) ? numberSound(next) : (next.split(/['’ -]/, 1)[0] ?? next);
  if (either(head)) return undefined;
  const a = needsA(head);
  const an = needsAn(head);
  if (a && an) return undefined;
  if (a) return "a";
  if (an) return "an";
  if (head.toLowerCase() !== head) return shouted ? undefined : acronymSound(head);
  return /^[aeiou]/.test(head) ? "an" : "a";
}

// Letters whose names start with a consonant sound ("a B", "a U", "a W"); F, H, L, M, N, R, S and X start
// with a vowel sound ("an F"), as do A, E, I and O.
const CONSONANT_NAMED = "BCDGJKPQTUVWYZ";
const ACRONYM = /^[A-Z][A-Z0-9]*$/;
const VOWEL = /[AEIOUY]/;

/**
 * The article before a word in capitals, read as letters ("an FBI agent", "a UFO") or as a word ("a NASA
 * launch"); undefined for a name ("Acme") or when the two readings disagree. Both readings of A…, E…,
 * I… and O… take "an" and both readings of B…, U…, W… take "a" (the few exceptions, "a EULA", are
 * listed); an F…, H…, M…, N… acronym is read as letters only if it has no vowel to be read as a word.
 */
function acronymSound(head: string): "a" | "an" | undefined {
  if (!ACRONYM.test(head)) return undefined;
  const first = head[0] as string;
  if ("AEIO".includes(first)) return "an";
  if (CONSONANT_NAMED.includes(first)) return "a";
  return VOWEL.test(head.slice(1)) ? undefined : "an";
}

/** How a number starts when read aloud: only eight…, eleven… and eighteen… start with a vowel sound. */
function numberSound(token: string): string {
  const digits = token.match(/^\d+/)?.[0] ?? "";
  if (digits.startsWith("8")) return "eight";
  const readsAsPair = digits.length % 3 === 2;
  if (readsAsPair && (digits.startsWith("11") || digits.startsWith("18"))) return "eleven";
  return "number";
}
