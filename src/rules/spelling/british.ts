/**
 * The dictionary is en_US, but agencies write for British and Commonwealth clients too: a word is
 * accepted when its American form is a word ("harbour" → "harbor", "organise" → "organize").
 * The rules are narrow on purpose: a loose rule ("-re" → "-er", any "ae" → "e") would accept typos
 * ("wintre"; "theare", a slipped "a", as "there").
 */
const RULES: [RegExp, string][] = [
  [/our(s|ed|ing|ite|ites|able|ful|less|hood|hoods)?$/, "or$1"],
  [/is(e|es|ed|ing|ation|ations)$/, "iz$1"],
  [/ys(e|es|ed|ing)$/, "yz$1"],
  [/(cent|theat|met|lit|fib|calib|sab|somb|spect|lust|meag|mit|maneuv)re(s?)$/, "$1er$2"],
  [/(catal|dial|analog|monol|prol|epil|pedag)ogue(s?)$/, "$1og$2"],
  [/ll(ed|ing|er|ers)$/, "l$1"],
  [/^(lic|def|off|pret)ence(s?)$/, "$1ense$2"],
  // British single l where American doubles it: "fulfil", "enrolment", "skilful".
  [/^(fulfil|enrol|instil|distil|appal)(s|ment|ments)?$/, "$1l$2"],
  [/^(skil|wil)ful(ly|ness)?$/, "$1lful$2"],
  // -mme: "programme", "kilogramme".
  [/gramme(s?)$/, "gram$1"],
  [/dgement(s?)$/, "dgment$1"],
  [/^practis(e|es|ed|ing)$/, "practic$1"],
  [/^scept(ic|ics|ical|ically|icism)$/, "skept$1"],
  [/^(learn|dream|spoil|burn)t$/, "$1ed"],
  [/^(spel|spil|dwel)t$/, "$1led"],
];

/**
 * ae and oe spelt e in American English, only in the stems that have them: anywhere else, dropping the a or
 * o would turn a typo with a slipped letter into a word.
 */
const STEMS: [RegExp, string][] = [
  [/paed|haem|anaes|aesth|gynaec|leukaem|anaem|septicaem|palaeo|^faec|^caesar/, "ae"],
  // Anchored where a slip could make the stem inside another word ("safoety").
  [/^oestr|^oesoph|^foet|diarrhoe|homoeo|manoeuv/, "oe"],
];

/** Common British-only words whose American form differs by more than a rule can say safely. */
const WORDS = new Map(
  Object.entries({
    grey: "gray",
    greys: "grays",
    greyer: "grayer",
    greyest: "grayest",
    greyish: "grayish",
    tyre: "tire",
    tyres: "tires",
    aluminium: "aluminum",
    jewellery: "jewelry",
    cheque: "check",
    cheques: "checks",
    chequebook: "checkbook",
    kerb: "curb",
    kerbs: "curbs",
    kerbside: "curbside",
    storey: "story",
    storeys: "stories",
    plough: "plow",
    ploughs: "plows",
    ploughed: "plowed",
    ploughing: "plowing",
    ageing: "aging",
    cosy: "cozy",
    cosier: "cozier",
    cosiest: "coziest",
    cosiness: "coziness",
    pyjama: "pajama",
    pyjamas: "pajamas",
    amongst: "among",
    whilst: "while",
    mould: "mold",
    moulds: "molds",
    mouldy: "moldy",
    smoulder: "smolder",
    smouldering: "smoldering",
    draught: "draft",
    draughts: "drafts",
    sulphur: "sulfur",
    aeroplane: "airplane",
    aeroplanes: "airplanes",
    doughnut: "donut",
    gaol: "jail",
  }),
);

export function americanForms(word: string): string[] {
  const lower = word.toLowerCase();
  const forms: string[] = [];
  const listed = WORDS.get(lower);
  if (listed) forms.push(listed);
  let stem = lower;
  for (const [pattern, pair] of STEMS) stem = stem.replace(pattern, (m) => m.replace(pair, "e"));
  // "paediatric" → "pediatric" is a form itself, and a word for the rules ("manoeuvre" → "maneuvre" → "maneuver").
  if (stem !== lower) forms.push(stem);
  for (const [pattern, replacement] of RULES) {
    if (pattern.test(stem)) forms.push(stem.replace(pattern, replacement));
  }
  return forms;
}
