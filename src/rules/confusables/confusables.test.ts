import { describe, expect, it } from "vitest";
import { check } from "../../../test/checkpoints/kit.js";
import { apostropheRule } from "../apostrophe/index.js";
import { repeatedWordRule } from "../repeated-word/index.js";
import { spellingRule } from "../spelling/index.js";
import { confusablesRule } from "./index.js";

// The slips of issue #12 are caught by three rules: confusables, apostrophe (cant/wont/dont/didnt, its/it's)
// and repeated-word (a repeated phrase). Spelling runs too, so a slip is shown to be reported once.
const RULES = [confusablesRule, apostropheRule, repeatedWordRule, spellingRule];

/** Every finding of those rules on one sentence, as `rule: "found" → suggestion`. */
async function findings(sentence: string): Promise<string[]> {
  const post = `---\nclient: acme\nchannels: [acme-bluesky]\n---\n${sentence}\n`;
  const out: string[] = [];
  for (const rule of RULES) {
    for (const m of await check(rule, post)) {
      const found = sentence.slice(m.column - 1, (m.endColumn ?? m.column) - 1);
      out.push(`${m.ruleId}: "${found}" → ${m.suggestions?.join(" | ") ?? ""}`);
    }
  }
  return out;
}

describe("the slips of issue #12", () => {
  it.each([
    ["Grow you're whole funnel today.", 'confusables: "you\'re" → your'],
    ["Your going to love it.", 'confusables: "Your" → You\'re'],
    ["Their going to love it.", 'confusables: "Their" → They\'re'],
    ["Their is a tent for you.", 'confusables: "Their" → There'],
    ["There own team chose it.", 'confusables: "There" → Their'],
    ["They're is no rush.", 'confusables: "They\'re" → There'],
    ["Thanks! Your welcome!", 'confusables: "Your" → You\'re'],
    ["Its time to pack.", 'apostrophe: "Its" → It\'s'],
    ["Its so good.", 'apostrophe: "Its" → It\'s'],
    ["The tent has it's own bag.", 'apostrophe: "it\'s" → its'],
    ["Never loose track of time.", 'confusables: "loose" → lose'],
    ["You will loose it.", 'confusables: "loose" → lose'],
    ["Tie up lose ends.", 'confusables: "lose" → loose'],
    ["It is better then ever.", 'confusables: "then" → than'],
    ["We sold more then last year.", 'confusables: "then" → than'],
    ["And than we left.", 'confusables: "than" → then'],
    ["We should of known.", 'confusables: "of" → have'],
    ["You could of asked.", 'confusables: "of" → have'],
    ["It would of worked.", 'confusables: "of" → have'],
    ["We cant wait.", 'apostrophe: "cant" → can\'t'],
    ["It wont be long.", 'apostrophe: "wont" → won\'t'],
    ["Dont wait.", 'apostrophe: "Dont" → Don\'t'],
    ["I didnt know.", 'apostrophe: "didnt" → didn\'t'],
    ["At some at some point we left.", 'repeated-word: "At some at some" → At some'],
    ["We left at some at some point.", 'repeated-word: "at some at some" → at some'],
    ["We had alot of fun.", 'confusables: "alot" → a lot'],
    ["Alot of fun.", 'confusables: "Alot" → A lot'],
  ])("%s", async (sentence, expected) => {
    expect(await findings(sentence)).toEqual([expected]);
  });

  it.each([
    "Lose weight on the trail.",
    "A loose fit breathes.",
    "The knot came loose.",
    "It costs more than that.",
    "We packed, and then we left.",
    "Prices were better then.",
    "Back then we knew.",
    "Their team is ready.",
    "There is a tent for you.",
    "You're right.",
    "Your team is ready.",
    "It's time to go.",
    "The shop and its own bakery.",
    "Its time zone is UTC.",
    "You would of course pack water.",
    "The might of the storm.",
    "This jacket is a must of the season.",
    "Your welcome pack ships today.",
    "Don't overstay your welcome.",
    "Bring your A game.",
    "Political cant annoys us.",
    "As is her wont, she left early.",
    "Bye bye, summer. Ha ha ha! Knock knock.",
    "We use a lot of wool, as well.",
    'The word "their" is possessive.',
    "Is there going to be a sale?",
    "They're going to love it.",
  ])("stays quiet on: %s", async (sentence) => {
    expect(await findings(sentence)).toEqual([]);
  });
});
