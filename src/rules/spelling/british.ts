/**
 * The dictionary is en_US, but agencies write for British and Commonwealth clients too: a word is
 * accepted when its American form is a word ("harbour" → "harbor", "organise" → "organize").
 * The rules are narrow on purpose: a loose rule ("-re" → "-er") would accept typos ("wintre").
 */
const RULES: [RegExp, string][] = [
  [/our(s|ed|ing|ite|ites|able|ful|less|hood|hoods)?$/, "or$1"],
  [/is(e|es|ed|ing|ation|ations)$/, "iz$1"],
  [/ys(e|es|ed|ing)$/, "yz$1"],
  [/(cent|theat|met|lit|fib|calib|sab|somb|spect|lust|meag|mit)re(s?)$/, "$1er$2"],
  [/(catal|dial|analog|monol|prol|epil)ogue(s?)$/, "$1og$2"],
  [/ll(ed|ing|er|ers)$/, "l$1"],
  [/^(lic|def|off|pret)ence(s?)$/, "$1ense$2"],
];

export function americanForms(word: string): string[] {
  const lower = word.toLowerCase();
  const forms: string[] = [];
  for (const [pattern, replacement] of RULES) {
    if (pattern.test(lower)) forms.push(lower.replace(pattern, replacement));
  }
  return forms;
}
