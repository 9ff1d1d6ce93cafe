/**
 * The dictionary is en_US, but agencies write for British and Commonwealth clients too: a word is
 * accepted when its American form is a word ("harbour" → "harbor", "organise" → "organize").
 */
const RULES: [RegExp, string][] = [
  [/our(s|ed|ing|ite|ites|able|ful|less)?$/, "or$1"],
  [/our(?=[a-z])/, "or"],
  [/is(e|es|ed|ing|ation|ations|er|ers)$/, "iz$1"],
  [/ys(e|es|ed|ing)$/, "yz$1"],
  [/tre(s?)$/, "ter$1"],
  [/ogue(s?)$/, "og$1"],
  [/ll(ed|ing|er|ers)$/, "l$1"],
  [/ence(s?)$/, "ense$1"],
  [/ae/, "e"],
  [/oe/, "e"],
];

export function americanForms(word: string): string[] {
  const lower = word.toLowerCase();
  const forms: string[] = [];
  for (const [pattern, replacement] of RULES) {
    if (pattern.test(lower)) forms.push(lower.replace(pattern, replacement));
  }
  return forms;
}
