/**
 * Which article a word takes, by sound, with the exception lists of retext-indefinite-article (MIT):
 * words spelt with a vowel that sound like a consonant ("a user", "a one-off") and the reverse
 * ("an hour", "an FBI agent"). A trailing `*` matches a prefix.
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
  "ubiq*",
  "uefa",
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
  "unicycl*",
  "unidirect*",
  "unif*",
  "union*",
  "uniq*",
  "unit*",
  "univ*",
  "uran*",
  "urate",
  "uri*",
  "url",
  "urologist",
  "uruguay*",
  "us",
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
  "habitual",
  "hallucin*",
  "hauteur",
  "hb",
  "heir*",
  "herb*",
  "heredit*",
  "hilarious*",
  "histor*",
  "hiv",
  "homage",
  "honest*",
  "honor*",
  "honour*",
  "horrend*",
  "horrif*",
  "hotel*",
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
  "xmas",
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

/** "a", "an", or undefined when it cannot tell (a capitalised name or acronym it does not know). */
export function expectedArticle(next: string): "a" | "an" | undefined {
  const head = /^\d/.test(next) ? numberSound(next) : (next.split(/['’ -]/, 1)[0] ?? next);
  const a = needsA(head);
  const an = needsAn(head);
  if (a && an) return undefined;
  if (a) return "a";
  if (an) return "an";
  if (head.toLowerCase() !== head) return undefined;
  return /^[aeiou]/.test(head) ? "an" : "a";
}

/** How a number starts when read aloud: only eight…, eleven… and eighteen… start with a vowel sound. */
function numberSound(token: string): string {
  const digits = token.match(/^\d+/)?.[0] ?? "";
  if (digits.startsWith("8")) return "eight";
  const readsAsPair = digits.length % 3 === 2;
  if (readsAsPair && (digits.startsWith("11") || digits.startsWith("18"))) return "eleven";
  return "number";
}
