export const id = 291;
export const ids = [291];
export const modules = {

/***/ 86112:
/***/ (function(module) {

/* global define */

(function (root, pluralize) {
  /* istanbul ignore else */
  if (true) {
    // Node.
    module.exports = pluralize();
  } else {}
})(this, function () {
  // Rule storage - pluralize and singularize need to be run sequentially,
  // while other rules can be optimized using an object for instant lookups.
  var pluralRules = [];
  var singularRules = [];
  var uncountables = {};
  var irregularPlurals = {};
  var irregularSingles = {};

  /**
   * Sanitize a pluralization rule to a usable regular expression.
   *
   * @param  {(RegExp|string)} rule
   * @return {RegExp}
   */
  function sanitizeRule (rule) {
    if (typeof rule === 'string') {
      return new RegExp('^' + rule + '$', 'i');
    }

    return rule;
  }

  /**
   * Pass in a word token to produce a function that can replicate the case on
   * another word.
   *
   * @param  {string}   word
   * @param  {string}   token
   * @return {Function}
   */
  function restoreCase (word, token) {
    // Tokens are an exact match.
    if (word === token) return token;

    // Lower cased words. E.g. "hello".
    if (word === word.toLowerCase()) return token.toLowerCase();

    // Upper cased words. E.g. "WHISKY".
    if (word === word.toUpperCase()) return token.toUpperCase();

    // Title cased words. E.g. "Title".
    if (word[0] === word[0].toUpperCase()) {
      return token.charAt(0).toUpperCase() + token.substr(1).toLowerCase();
    }

    // Lower cased words. E.g. "test".
    return token.toLowerCase();
  }

  /**
   * Interpolate a regexp string.
   *
   * @param  {string} str
   * @param  {Array}  args
   * @return {string}
   */
  function interpolate (str, args) {
    return str.replace(/\$(\d{1,2})/g, function (match, index) {
      return args[index] || '';
    });
  }

  /**
   * Replace a word using a rule.
   *
   * @param  {string} word
   * @param  {Array}  rule
   * @return {string}
   */
  function replace (word, rule) {
    return word.replace(rule[0], function (match, index) {
      var result = interpolate(rule[1], arguments);

      if (match === '') {
        return restoreCase(word[index - 1], result);
      }

      return restoreCase(match, result);
    });
  }

  /**
   * Sanitize a word by passing in the word and sanitization rules.
   *
   * @param  {string}   token
   * @param  {string}   word
   * @param  {Array}    rules
   * @return {string}
   */
  function sanitizeWord (token, word, rules) {
    // Empty string or doesn't need fixing.
    if (!token.length || uncountables.hasOwnProperty(token)) {
      return word;
    }

    var len = rules.length;

    // Iterate over the sanitization rules and use the first one to match.
    while (len--) {
      var rule = rules[len];

      if (rule[0].test(word)) return replace(word, rule);
    }

    return word;
  }

  /**
   * Replace a word with the updated word.
   *
   * @param  {Object}   replaceMap
   * @param  {Object}   keepMap
   * @param  {Array}    rules
   * @return {Function}
   */
  function replaceWord (replaceMap, keepMap, rules) {
    return function (word) {
      // Get the correct token and case restoration functions.
      var token = word.toLowerCase();

      // Check against the keep object map.
      if (keepMap.hasOwnProperty(token)) {
        return restoreCase(word, token);
      }

      // Check against the replacement map for a direct word replacement.
      if (replaceMap.hasOwnProperty(token)) {
        return restoreCase(word, replaceMap[token]);
      }

      // Run all the rules against the word.
      return sanitizeWord(token, word, rules);
    };
  }

  /**
   * Check if a word is part of the map.
   */
  function checkWord (replaceMap, keepMap, rules, bool) {
    return function (word) {
      var token = word.toLowerCase();

      if (keepMap.hasOwnProperty(token)) return true;
      if (replaceMap.hasOwnProperty(token)) return false;

      return sanitizeWord(token, token, rules) === token;
    };
  }

  /**
   * Pluralize or singularize a word based on the passed in count.
   *
   * @param  {string}  word      The word to pluralize
   * @param  {number}  count     How many of the word exist
   * @param  {boolean} inclusive Whether to prefix with the number (e.g. 3 ducks)
   * @return {string}
   */
  function pluralize (word, count, inclusive) {
    var pluralized = count === 1
      ? pluralize.singular(word) : pluralize.plural(word);

    return (inclusive ? count + ' ' : '') + pluralized;
  }

  /**
   * Pluralize a word.
   *
   * @type {Function}
   */
  pluralize.plural = replaceWord(
    irregularSingles, irregularPlurals, pluralRules
  );

  /**
   * Check if a word is plural.
   *
   * @type {Function}
   */
  pluralize.isPlural = checkWord(
    irregularSingles, irregularPlurals, pluralRules
  );

  /**
   * Singularize a word.
   *
   * @type {Function}
   */
  pluralize.singular = replaceWord(
    irregularPlurals, irregularSingles, singularRules
  );

  /**
   * Check if a word is singular.
   *
   * @type {Function}
   */
  pluralize.isSingular = checkWord(
    irregularPlurals, irregularSingles, singularRules
  );

  /**
   * Add a pluralization rule to the collection.
   *
   * @param {(string|RegExp)} rule
   * @param {string}          replacement
   */
  pluralize.addPluralRule = function (rule, replacement) {
    pluralRules.push([sanitizeRule(rule), replacement]);
  };

  /**
   * Add a singularization rule to the collection.
   *
   * @param {(string|RegExp)} rule
   * @param {string}          replacement
   */
  pluralize.addSingularRule = function (rule, replacement) {
    singularRules.push([sanitizeRule(rule), replacement]);
  };

  /**
   * Add an uncountable word rule.
   *
   * @param {(string|RegExp)} word
   */
  pluralize.addUncountableRule = function (word) {
    if (typeof word === 'string') {
      uncountables[word.toLowerCase()] = true;
      return;
    }

    // Set singular and plural references for the word.
    pluralize.addPluralRule(word, '$0');
    pluralize.addSingularRule(word, '$0');
  };

  /**
   * Add an irregular word definition.
   *
   * @param {string} single
   * @param {string} plural
   */
  pluralize.addIrregularRule = function (single, plural) {
    plural = plural.toLowerCase();
    single = single.toLowerCase();

    irregularSingles[single] = plural;
    irregularPlurals[plural] = single;
  };

  /**
   * Irregular rules.
   */
  [
    // Pronouns.
    ['I', 'we'],
    ['me', 'us'],
    ['he', 'they'],
    ['she', 'they'],
    ['them', 'them'],
    ['myself', 'ourselves'],
    ['yourself', 'yourselves'],
    ['itself', 'themselves'],
    ['herself', 'themselves'],
    ['himself', 'themselves'],
    ['themself', 'themselves'],
    ['is', 'are'],
    ['was', 'were'],
    ['has', 'have'],
    ['this', 'these'],
    ['that', 'those'],
    // Words ending in with a consonant and `o`.
    ['echo', 'echoes'],
    ['dingo', 'dingoes'],
    ['volcano', 'volcanoes'],
    ['tornado', 'tornadoes'],
    ['torpedo', 'torpedoes'],
    // Ends with `us`.
    ['genus', 'genera'],
    ['viscus', 'viscera'],
    // Ends with `ma`.
    ['stigma', 'stigmata'],
    ['stoma', 'stomata'],
    ['dogma', 'dogmata'],
    ['lemma', 'lemmata'],
    ['schema', 'schemata'],
    ['anathema', 'anathemata'],
    // Other irregular rules.
    ['ox', 'oxen'],
    ['axe', 'axes'],
    ['die', 'dice'],
    ['yes', 'yeses'],
    ['foot', 'feet'],
    ['eave', 'eaves'],
    ['goose', 'geese'],
    ['tooth', 'teeth'],
    ['quiz', 'quizzes'],
    ['human', 'humans'],
    ['proof', 'proofs'],
    ['carve', 'carves'],
    ['valve', 'valves'],
    ['looey', 'looies'],
    ['thief', 'thieves'],
    ['groove', 'grooves'],
    ['pickaxe', 'pickaxes'],
    ['passerby', 'passersby']
  ].forEach(function (rule) {
    return pluralize.addIrregularRule(rule[0], rule[1]);
  });

  /**
   * Pluralization rules.
   */
  [
    [/s?$/i, 's'],
    [/[^\u0000-\u007F]$/i, '$0'],
    [/([^aeiou]ese)$/i, '$1'],
    [/(ax|test)is$/i, '$1es'],
    [/(alias|[^aou]us|t[lm]as|gas|ris)$/i, '$1es'],
    [/(e[mn]u)s?$/i, '$1s'],
    [/([^l]ias|[aeiou]las|[ejzr]as|[iu]am)$/i, '$1'],
    [/(alumn|syllab|vir|radi|nucle|fung|cact|stimul|termin|bacill|foc|uter|loc|strat)(?:us|i)$/i, '$1i'],
    [/(alumn|alg|vertebr)(?:a|ae)$/i, '$1ae'],
    [/(seraph|cherub)(?:im)?$/i, '$1im'],
    [/(her|at|gr)o$/i, '$1oes'],
    [/(agend|addend|millenni|dat|extrem|bacteri|desiderat|strat|candelabr|errat|ov|symposi|curricul|automat|quor)(?:a|um)$/i, '$1a'],
    [/(apheli|hyperbat|periheli|asyndet|noumen|phenomen|criteri|organ|prolegomen|hedr|automat)(?:a|on)$/i, '$1a'],
    [/sis$/i, 'ses'],
    [/(?:(kni|wi|li)fe|(ar|l|ea|eo|oa|hoo)f)$/i, '$1$2ves'],
    [/([^aeiouy]|qu)y$/i, '$1ies'],
    [/([^ch][ieo][ln])ey$/i, '$1ies'],
    [/(x|ch|ss|sh|zz)$/i, '$1es'],
    [/(matr|cod|mur|sil|vert|ind|append)(?:ix|ex)$/i, '$1ices'],
    [/\b((?:tit)?m|l)(?:ice|ouse)$/i, '$1ice'],
    [/(pe)(?:rson|ople)$/i, '$1ople'],
    [/(child)(?:ren)?$/i, '$1ren'],
    [/eaux$/i, '$0'],
    [/m[ae]n$/i, 'men'],
    ['thou', 'you']
  ].forEach(function (rule) {
    return pluralize.addPluralRule(rule[0], rule[1]);
  });

  /**
   * Singularization rules.
   */
  [
    [/s$/i, ''],
    [/(ss)$/i, '$1'],
    [/(wi|kni|(?:after|half|high|low|mid|non|night|[^\w]|^)li)ves$/i, '$1fe'],
    [/(ar|(?:wo|[ae])l|[eo][ao])ves$/i, '$1f'],
    [/ies$/i, 'y'],
    [/\b([pl]|zomb|(?:neck|cross)?t|coll|faer|food|gen|goon|group|lass|talk|goal|cut)ies$/i, '$1ie'],
    [/\b(mon|smil)ies$/i, '$1ey'],
    [/\b((?:tit)?m|l)ice$/i, '$1ouse'],
    [/(seraph|cherub)im$/i, '$1'],
    [/(x|ch|ss|sh|zz|tto|go|cho|alias|[^aou]us|t[lm]as|gas|(?:her|at|gr)o|[aeiou]ris)(?:es)?$/i, '$1'],
    [/(analy|diagno|parenthe|progno|synop|the|empha|cri|ne)(?:sis|ses)$/i, '$1sis'],
    [/(movie|twelve|abuse|e[mn]u)s$/i, '$1'],
    [/(test)(?:is|es)$/i, '$1is'],
    [/(alumn|syllab|vir|radi|nucle|fung|cact|stimul|termin|bacill|foc|uter|loc|strat)(?:us|i)$/i, '$1us'],
    [/(agend|addend|millenni|dat|extrem|bacteri|desiderat|strat|candelabr|errat|ov|symposi|curricul|quor)a$/i, '$1um'],
    [/(apheli|hyperbat|periheli|asyndet|noumen|phenomen|criteri|organ|prolegomen|hedr|automat)a$/i, '$1on'],
    [/(alumn|alg|vertebr)ae$/i, '$1a'],
    [/(cod|mur|sil|vert|ind)ices$/i, '$1ex'],
    [/(matr|append)ices$/i, '$1ix'],
    [/(pe)(rson|ople)$/i, '$1rson'],
    [/(child)ren$/i, '$1'],
    [/(eau)x?$/i, '$1'],
    [/men$/i, 'man']
  ].forEach(function (rule) {
    return pluralize.addSingularRule(rule[0], rule[1]);
  });

  /**
   * Uncountable rules.
   */
  [
    // Singular words with no plurals.
    'adulthood',
    'advice',
    'agenda',
    'aid',
    'aircraft',
    'alcohol',
    'ammo',
    'analytics',
    'anime',
    'athletics',
    'audio',
    'bison',
    'blood',
    'bream',
    'buffalo',
    'butter',
    'carp',
    'cash',
    'chassis',
    'chess',
    'clothing',
    'cod',
    'commerce',
    'cooperation',
    'corps',
    'debris',
    'diabetes',
    'digestion',
    'elk',
    'energy',
    'equipment',
    'excretion',
    'expertise',
    'firmware',
    'flounder',
    'fun',
    'gallows',
    'garbage',
    'graffiti',
    'hardware',
    'headquarters',
    'health',
    'herpes',
    'highjinks',
    'homework',
    'housework',
    'information',
    'jeans',
    'justice',
    'kudos',
    'labour',
    'literature',
    'machinery',
    'mackerel',
    'mail',
    'media',
    'mews',
    'moose',
    'music',
    'mud',
    'manga',
    'news',
    'only',
    'personnel',
    'pike',
    'plankton',
    'pliers',
    'police',
    'pollution',
    'premises',
    'rain',
    'research',
    'rice',
    'salmon',
    'scissors',
    'series',
    'sewage',
    'shambles',
    'shrimp',
    'software',
    'species',
    'staff',
    'swine',
    'tennis',
    'traffic',
    'transportation',
    'trout',
    'tuna',
    'wealth',
    'welfare',
    'whiting',
    'wildebeest',
    'wildlife',
    'you',
    /pok[eé]mon$/i,
    // Regexes.
    /[^aeiou]ese$/i, // "chinese", "japanese"
    /deer$/i, // "deer", "reindeer"
    /fish$/i, // "fish", "blowfish", "angelfish"
    /measles$/i,
    /o[iu]s$/i, // "carnivorous"
    /pox$/i, // "chickpox", "smallpox"
    /sheep$/i
  ].forEach(pluralize.addUncountableRule);

  return pluralize;
});


/***/ }),

/***/ 32291:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  "default": () => (/* binding */ en)
});

;// CONCATENATED MODULE: ./node_modules/cuss/index.js
/**
 * Map of English profane words to a rating of sureness.
 *
 * @type {Record<string, number>}
 */
const cuss = {
  abbo: 1,
  abeed: 2,
  abid: 1,
  abo: 1,
  abortion: 1,
  abuse: 1,
  addict: 1,
  addicts: 1,
  adult: 0,
  africa: 0,
  african: 0,
  africoon: 2,
  alla: 1,
  allah: 0,
  'alligator bait': 2,
  alligatorbait: 2,
  amateur: 0,
  american: 0,
  anal: 1,
  analannie: 2,
  analsex: 1,
  angie: 0,
  angry: 0,
  anus: 1,
  arab: 0,
  arabs: 0,
  arabush: 2,
  arabushs: 2,
  areola: 1,
  argie: 2,
  armo: 2,
  armos: 2,
  aroused: 0,
  arse: 2,
  'arse bandit': 2,
  arsehole: 2,
  asian: 0,
  ass: 2,
  assassin: 0,
  assassinate: 0,
  assassination: 0,
  assault: 0,
  assbagger: 2,
  assblaster: 2,
  assclown: 2,
  asscowboy: 2,
  asses: 2,
  assfuck: 2,
  assfucker: 2,
  asshat: 2,
  asshole: 2,
  assholes: 2,
  asshore: 2,
  assjockey: 2,
  asskiss: 2,
  asskisser: 2,
  assklown: 2,
  asslick: 2,
  asslicker: 2,
  asslover: 2,
  assman: 2,
  assmonkey: 2,
  assmunch: 2,
  assmuncher: 2,
  asspacker: 2,
  asspirate: 2,
  asspuppies: 2,
  assranger: 2,
  asswhore: 2,
  asswipe: 2,
  athletesfoot: 1,
  attack: 0,
  australian: 0,
  babe: 1,
  babies: 0,
  backdoor: 0,
  backdoorman: 2,
  backseat: 0,
  badfuck: 2,
  balllicker: 2,
  balls: 1,
  ballsack: 1,
  banana: 0,
  bananas: 0,
  banging: 1,
  baptist: 0,
  barelylegal: 2,
  barf: 2,
  barface: 2,
  barfface: 2,
  bast: 0,
  bastard: 1,
  'batty boy': 2,
  bazongas: 2,
  bazooms: 2,
  beanbag: 2,
  beanbags: 2,
  beaner: 2,
  beaners: 2,
  beaney: 2,
  beaneys: 2,
  beast: 0,
  beastality: 1,
  beastial: 1,
  beastiality: 1,
  beatoff: 2,
  beatyourmeat: 2,
  beaver: 0,
  bender: 0,
  bent: 0,
  bestial: 1,
  bestiality: 1,
  bi: 0,
  biatch: 2,
  bible: 0,
  bicurious: 1,
  bigass: 2,
  bigbastard: 2,
  bigbutt: 2,
  bigger: 0,
  bisexual: 0,
  bitch: 1,
  bitcher: 2,
  bitches: 1,
  bitchez: 2,
  bitchin: 2,
  bitching: 2,
  bitchslap: 2,
  bitchy: 2,
  biteme: 2,
  black: 0,
  blackman: 1,
  blackout: 0,
  blacks: 1,
  blind: 0,
  blow: 0,
  blowjob: 2,
  bluegum: 2,
  bluegums: 2,
  boang: 2,
  boche: 2,
  boches: 2,
  bogan: 2,
  bohunk: 2,
  bollick: 2,
  bollock: 2,
  bollocks: 2,
  bomb: 0,
  bombers: 0,
  bombing: 0,
  bombs: 0,
  bomd: 0,
  bondage: 1,
  boner: 2,
  bong: 2,
  boob: 1,
  boobies: 2,
  boobs: 1,
  booby: 2,
  boody: 2,
  boom: 0,
  boong: 2,
  boonga: 2,
  boongas: 2,
  boongs: 2,
  boonie: 2,
  boonies: 2,
  bootlip: 2,
  bootlips: 2,
  booty: 2,
  bootycall: 2,
  bosch: 0,
  bosche: 2,
  bosches: 2,
  boschs: 2,
  'bounty bar': 1,
  'bounty bars': 1,
  bountybar: 1,
  bra: 0,
  brea5t: 2,
  breast: 0,
  breastjob: 2,
  breastlover: 2,
  breastman: 2,
  brothel: 1,
  brownie: 0,
  brownies: 0,
  buddhahead: 2,
  buddhaheads: 2,
  buffies: 2,
  buffy: 0,
  bufter: 2,
  bufty: 2,
  bugger: 2,
  buggered: 2,
  buggery: 2,
  bule: 2,
  bules: 2,
  bullcrap: 2,
  bulldike: 2,
  bulldyke: 2,
  bullshit: 2,
  'bum boy': 2,
  'bum chum': 2,
  'bum robber': 2,
  bumblefuck: 2,
  bumfuck: 2,
  bung: 2,
  bunga: 2,
  bungas: 2,
  bunghole: 2,
  buried: 0,
  burn: 0,
  'burr head': 2,
  'burr heads': 2,
  burrhead: 2,
  burrheads: 2,
  butchbabes: 2,
  butchdike: 2,
  butchdyke: 2,
  butt: 0,
  buttbang: 2,
  buttface: 2,
  buttfuck: 2,
  buttfucker: 2,
  buttfuckers: 2,
  butthead: 2,
  buttman: 2,
  buttmunch: 2,
  buttmuncher: 2,
  buttpirate: 2,
  buttplug: 1,
  buttstain: 2,
  byatch: 2,
  cacker: 2,
  'camel jockey': 2,
  'camel jockeys': 2,
  cameljockey: 2,
  cameltoe: 2,
  canadian: 0,
  cancer: 0,
  carpetmuncher: 2,
  carruth: 2,
  catholic: 0,
  catholics: 0,
  cemetery: 0,
  chav: 2,
  'cheese eating surrender monkey': 2,
  'cheese eating surrender monkies': 2,
  'cheeseeating surrender monkey': 2,
  'cheeseeating surrender monkies': 2,
  cheesehead: 2,
  cheeseheads: 2,
  cherrypopper: 2,
  'chi chi man': 2,
  chickslick: 2,
  childrens: 0,
  chin: 0,
  'china swede': 2,
  'china swedes': 2,
  chinaman: 2,
  chinamen: 2,
  chinaswede: 2,
  chinaswedes: 2,
  chinese: 0,
  'ching chong': 2,
  'ching chongs': 2,
  chingchong: 2,
  chingchongs: 2,
  chink: 2,
  chinks: 2,
  chinky: 2,
  choad: 2,
  chode: 2,
  chonkies: 2,
  chonky: 2,
  chonkys: 2,
  christ: 0,
  'christ killer': 2,
  'christ killers': 2,
  christian: 0,
  chug: 2,
  chugs: 2,
  chunger: 2,
  chungers: 2,
  chunkies: 2,
  chunky: 2,
  chunkys: 2,
  church: 0,
  cigarette: 0,
  cigs: 0,
  clamdigger: 2,
  clamdiver: 2,
  clansman: 2,
  clansmen: 2,
  clanswoman: 2,
  clanswomen: 2,
  clit: 1,
  clitoris: 1,
  clogwog: 2,
  cocaine: 1,
  cock: 1,
  cockblock: 2,
  cockblocker: 2,
  cockcowboy: 2,
  cockfight: 2,
  cockhead: 2,
  cockknob: 2,
  cocklicker: 2,
  cocklover: 2,
  cocknob: 2,
  cockqueen: 2,
  cockrider: 2,
  cocksman: 2,
  cocksmith: 2,
  cocksmoker: 2,
  cocksucer: 2,
  cocksuck: 2,
  cocksucked: 2,
  cocksucker: 2,
  cocksucking: 2,
  cocktail: 0,
  cocktease: 2,
  cocky: 2,
  coconut: 0,
  coconuts: 0,
  cohee: 2,
  coitus: 1,
  color: 0,
  colored: 0,
  coloured: 0,
  commie: 2,
  communist: 0,
  condom: 1,
  conservative: 0,
  conspiracy: 0,
  coolie: 2,
  coolies: 2,
  cooly: 2,
  coon: 2,
  'coon ass': 2,
  'coon asses': 2,
  coonass: 2,
  coonasses: 2,
  coondog: 2,
  coons: 2,
  copulate: 1,
  cornhole: 2,
  corruption: 0,
  cra5h: 1,
  crabs: 0,
  crack: 1,
  cracka: 2,
  cracker: 1,
  crackpipe: 1,
  crackwhore: 2,
  crap: 2,
  crapola: 2,
  crapper: 2,
  crappy: 2,
  crash: 0,
  creamy: 0,
  crime: 0,
  crimes: 0,
  criminal: 0,
  criminals: 0,
  crotch: 1,
  crotchjockey: 2,
  crotchmonkey: 2,
  crotchrot: 2,
  cum: 2,
  cumbubble: 2,
  cumfest: 2,
  cumjockey: 2,
  cumm: 2,
  cummer: 2,
  cumming: 2,
  cummings: 1,
  cumquat: 2,
  cumqueen: 2,
  cumshot: 2,
  cunilingus: 1,
  cunillingus: 1,
  cunn: 2,
  cunnilingus: 1,
  cunntt: 2,
  cunt: 2,
  cunteyed: 2,
  cuntfuck: 2,
  cuntfucker: 2,
  cuntlick: 2,
  cuntlicker: 2,
  cuntlicking: 2,
  cuntsucker: 2,
  'curry muncher': 2,
  'curry munchers': 2,
  currymuncher: 2,
  currymunchers: 2,
  cushi: 2,
  cushis: 2,
  cybersex: 1,
  cyberslimer: 2,
  dago: 2,
  dagos: 2,
  dahmer: 2,
  dammit: 2,
  damn: 1,
  damnation: 1,
  damnit: 2,
  darkey: 2,
  darkeys: 2,
  darkie: 2,
  darkies: 2,
  darky: 2,
  datnigga: 2,
  dead: 0,
  deapthroat: 2,
  death: 0,
  deepthroat: 2,
  defecate: 1,
  dego: 2,
  degos: 2,
  demon: 1,
  deposit: 0,
  desire: 0,
  destroy: 0,
  deth: 0,
  devil: 1,
  devilworshipper: 1,
  'diaper head': 2,
  'diaper heads': 2,
  diaperhead: 2,
  diaperheads: 2,
  dick: 1,
  dickbrain: 2,
  dickforbrains: 2,
  dickhead: 2,
  dickless: 2,
  dicklick: 2,
  dicklicker: 2,
  dickman: 2,
  dickwad: 2,
  dickweed: 2,
  diddle: 2,
  die: 0,
  died: 0,
  dies: 0,
  dike: 1,
  dildo: 1,
  dingleberry: 2,
  dink: 2,
  dinks: 2,
  dipshit: 2,
  dipstick: 2,
  dirty: 0,
  disease: 0,
  diseases: 0,
  disturbed: 0,
  dive: 0,
  dix: 2,
  dixiedike: 2,
  dixiedyke: 2,
  doggiestyle: 2,
  doggystyle: 2,
  dong: 2,
  doodoo: 2,
  doom: 0,
  dope: 2,
  'dot head': 2,
  'dot heads': 2,
  dothead: 2,
  dotheads: 2,
  dragqueen: 2,
  dragqween: 2,
  dripdick: 2,
  drug: 1,
  drunk: 1,
  drunken: 1,
  dumb: 2,
  dumbass: 2,
  dumbbitch: 2,
  dumbfuck: 2,
  'dune coon': 2,
  'dune coons': 2,
  dyefly: 2,
  dyke: 1,
  easyslut: 2,
  eatballs: 2,
  eatme: 2,
  eatpussy: 2,
  ecstacy: 0,
  'eight ball': 2,
  'eight balls': 2,
  ejaculate: 1,
  ejaculated: 1,
  ejaculating: 1,
  ejaculation: 1,
  enema: 1,
  enemy: 0,
  erect: 0,
  erection: 1,
  ero: 2,
  escort: 0,
  esqua: 2,
  ethiopian: 0,
  ethnic: 0,
  european: 0,
  evl: 2,
  excrement: 1,
  execute: 0,
  executed: 0,
  execution: 0,
  executioner: 0,
  exkwew: 2,
  explosion: 0,
  facefucker: 2,
  faeces: 2,
  fag: 1,
  fagging: 2,
  faggot: 2,
  fagot: 2,
  failed: 0,
  failure: 0,
  fairies: 0,
  fairy: 0,
  faith: 0,
  fannyfucker: 2,
  fart: 1,
  farted: 1,
  farting: 1,
  farty: 2,
  fastfuck: 2,
  fat: 0,
  fatah: 2,
  fatass: 2,
  fatfuck: 2,
  fatfucker: 2,
  fatso: 2,
  fckcum: 2,
  fear: 0,
  feces: 1,
  felatio: 1,
  felch: 2,
  felcher: 2,
  felching: 2,
  fellatio: 2,
  feltch: 2,
  feltcher: 2,
  feltching: 2,
  fetish: 1,
  fight: 0,
  filipina: 0,
  filipino: 0,
  fingerfood: 1,
  fingerfuck: 2,
  fingerfucked: 2,
  fingerfucker: 2,
  fingerfuckers: 2,
  fingerfucking: 2,
  fire: 0,
  firing: 0,
  fister: 2,
  fistfuck: 2,
  fistfucked: 2,
  fistfucker: 2,
  fistfucking: 2,
  fisting: 2,
  flamer: 1,
  flange: 2,
  flasher: 1,
  flatulence: 1,
  floo: 2,
  flydie: 2,
  flydye: 2,
  fok: 2,
  fondle: 1,
  footaction: 1,
  footfuck: 2,
  footfucker: 2,
  footlicker: 2,
  footstar: 2,
  fore: 0,
  foreskin: 1,
  forni: 2,
  fornicate: 1,
  foursome: 1,
  fourtwenty: 1,
  fraud: 0,
  freakfuck: 2,
  freakyfucker: 2,
  freefuck: 2,
  fruit: 0,
  fruitcake: 1,
  fu: 2,
  fubar: 2,
  fuc: 2,
  fucck: 2,
  fuck: 2,
  fucka: 2,
  fuckable: 2,
  fuckbag: 2,
  fuckbook: 2,
  fuckbuddy: 2,
  fucked: 2,
  fuckedup: 2,
  fucker: 2,
  fuckers: 2,
  fuckface: 2,
  fuckfest: 2,
  fuckfreak: 2,
  fuckfriend: 2,
  fuckhead: 2,
  fuckher: 2,
  fuckin: 2,
  fuckina: 2,
  fucking: 2,
  fuckingbitch: 2,
  fuckinnuts: 2,
  fuckinright: 2,
  fuckit: 2,
  fuckknob: 2,
  fuckme: 2,
  fuckmehard: 2,
  fuckmonkey: 2,
  fuckoff: 2,
  fuckpig: 2,
  fucks: 2,
  fucktard: 2,
  fuckwhore: 2,
  fuckyou: 2,
  'fudge packer': 2,
  fudgepacker: 2,
  fugly: 2,
  fuk: 2,
  fuks: 2,
  funeral: 0,
  funfuck: 2,
  fungus: 0,
  fuuck: 2,
  gable: 1,
  gables: 2,
  gangbang: 2,
  gangbanged: 2,
  gangbanger: 2,
  gangsta: 2,
  'gator bait': 2,
  gatorbait: 2,
  gay: 0,
  gaymuthafuckinwhore: 2,
  gaysex: 2,
  geez: 2,
  geezer: 2,
  geni: 2,
  genital: 1,
  german: 0,
  getiton: 2,
  gin: 0,
  ginzo: 2,
  ginzos: 2,
  gipp: 2,
  gippo: 2,
  gippos: 2,
  gipps: 2,
  girls: 0,
  givehead: 2,
  glazeddonut: 2,
  gob: 1,
  god: 1,
  godammit: 2,
  goddamit: 2,
  goddammit: 2,
  goddamn: 2,
  goddamned: 2,
  goddamnes: 2,
  goddamnit: 2,
  goddamnmuthafucker: 2,
  goldenshower: 2,
  golliwog: 2,
  golliwogs: 2,
  gonorrehea: 2,
  gonzagas: 1,
  gook: 2,
  'gook eye': 2,
  'gook eyes': 2,
  gookeye: 2,
  gookeyes: 2,
  gookies: 2,
  gooks: 2,
  gooky: 2,
  gora: 2,
  goras: 2,
  gotohell: 2,
  goy: 1,
  goyim: 1,
  greaseball: 2,
  greaseballs: 2,
  greaser: 2,
  greasers: 2,
  gringo: 2,
  gringos: 2,
  groe: 1,
  groid: 2,
  groids: 2,
  gross: 1,
  grostulation: 1,
  gub: 1,
  gubba: 2,
  gubbas: 2,
  gubs: 2,
  guinea: 1,
  guineas: 1,
  guizi: 1,
  gummer: 2,
  gun: 0,
  gwailo: 2,
  gwailos: 2,
  gweilo: 2,
  gweilos: 2,
  gyopo: 2,
  gyopos: 2,
  gyp: 2,
  gyped: 2,
  gypo: 2,
  gypos: 2,
  gypp: 2,
  gypped: 2,
  gyppie: 2,
  gyppies: 2,
  gyppo: 2,
  gyppos: 2,
  gyppy: 2,
  gyppys: 2,
  gypsies: 2,
  gypsy: 2,
  gypsys: 2,
  hadji: 2,
  hadjis: 2,
  hairyback: 2,
  hairybacks: 2,
  haji: 2,
  hajis: 2,
  hajji: 2,
  hajjis: 2,
  'half breed': 2,
  'half caste': 2,
  halfbreed: 2,
  halfcaste: 2,
  hamas: 1,
  handjob: 2,
  haole: 2,
  haoles: 2,
  hapa: 2,
  harder: 0,
  hardon: 2,
  harem: 0,
  headfuck: 2,
  headlights: 0,
  hebe: 2,
  hebephila: 1,
  hebephile: 1,
  hebephiles: 1,
  hebephilia: 1,
  hebephilic: 1,
  hebes: 2,
  heeb: 2,
  heebs: 2,
  hell: 0,
  henhouse: 0,
  heroin: 1,
  herpes: 1,
  heterosexual: 0,
  hijack: 0,
  hijacker: 0,
  hijacking: 0,
  hillbillies: 2,
  hillbilly: 2,
  hindoo: 2,
  hiscock: 2,
  hitler: 1,
  hitlerism: 2,
  hitlerist: 2,
  hiv: 1,
  ho: 2,
  hobo: 2,
  hodgie: 2,
  hoes: 2,
  hole: 0,
  holestuffer: 2,
  homicide: 1,
  homo: 2,
  homobangers: 2,
  homosexual: 1,
  honger: 2,
  honk: 0,
  honkers: 2,
  honkey: 2,
  honkeys: 2,
  honkie: 2,
  honkies: 2,
  honky: 2,
  hook: 0,
  hooker: 2,
  hookers: 2,
  hooters: 2,
  hore: 2,
  hori: 2,
  horis: 2,
  hork: 2,
  horn: 0,
  horney: 2,
  horniest: 2,
  horny: 1,
  horseshit: 2,
  hosejob: 2,
  hoser: 2,
  hostage: 0,
  hotdamn: 2,
  hotpussy: 2,
  hottotrot: 2,
  hummer: 0,
  hun: 0,
  huns: 0,
  husky: 0,
  hussy: 2,
  hustler: 0,
  hymen: 1,
  hymie: 2,
  hymies: 2,
  iblowu: 2,
  idiot: 2,
  ike: 1,
  ikes: 1,
  ikey: 1,
  ikeymo: 2,
  ikeymos: 2,
  ikwe: 2,
  illegal: 0,
  illegals: 1,
  incest: 1,
  indon: 2,
  indons: 2,
  injun: 2,
  injuns: 2,
  insest: 2,
  intercourse: 1,
  interracial: 1,
  intheass: 2,
  inthebuff: 2,
  israel: 0,
  israeli: 0,
  israels: 0,
  italiano: 1,
  itch: 0,
  jackass: 2,
  jackoff: 2,
  jackshit: 2,
  jacktheripper: 2,
  jade: 0,
  jap: 2,
  japanese: 0,
  japcrap: 2,
  japie: 2,
  japies: 2,
  japs: 2,
  jebus: 2,
  jeez: 2,
  jerkoff: 2,
  jerries: 1,
  jerry: 0,
  jesus: 1,
  jesuschrist: 1,
  jew: 0,
  jewboy: 2,
  jewed: 2,
  jewess: 2,
  jewish: 0,
  jig: 2,
  jiga: 2,
  jigaboo: 2,
  jigaboos: 2,
  jigarooni: 2,
  jigaroonis: 2,
  jigg: 2,
  jigga: 2,
  jiggabo: 2,
  jiggabos: 2,
  jiggas: 2,
  jigger: 2,
  jiggers: 2,
  jiggs: 2,
  jiggy: 2,
  jigs: 2,
  jihad: 1,
  jijjiboo: 2,
  jijjiboos: 2,
  jimfish: 2,
  jism: 2,
  jiz: 2,
  jizim: 2,
  jizjuice: 2,
  jizm: 2,
  jizz: 2,
  jizzim: 2,
  jizzum: 2,
  joint: 0,
  juggalo: 2,
  jugs: 0,
  'jungle bunnies': 2,
  'jungle bunny': 2,
  junglebunny: 2,
  kacap: 2,
  kacapas: 2,
  kacaps: 2,
  kaffer: 2,
  kaffir: 2,
  kaffre: 2,
  kafir: 2,
  kanake: 2,
  katsap: 2,
  katsaps: 2,
  khokhol: 2,
  khokhols: 2,
  kid: 0,
  kigger: 2,
  kike: 2,
  kikes: 2,
  kill: 0,
  killed: 0,
  killer: 0,
  killing: 0,
  kills: 0,
  kimchi: 0,
  kimchis: 2,
  kink: 1,
  kinky: 1,
  kissass: 2,
  kkk: 2,
  klansman: 2,
  klansmen: 2,
  klanswoman: 2,
  klanswomen: 2,
  knife: 0,
  knockers: 1,
  kock: 1,
  kondum: 2,
  koon: 2,
  kotex: 1,
  krap: 2,
  krappy: 2,
  kraut: 1,
  krauts: 2,
  kuffar: 2,
  kum: 2,
  kumbubble: 2,
  kumbullbe: 2,
  kummer: 2,
  kumming: 2,
  kumquat: 2,
  kums: 2,
  kunilingus: 2,
  kunnilingus: 2,
  kunt: 2,
  kushi: 2,
  kushis: 2,
  kwa: 2,
  'kwai lo': 2,
  'kwai los': 2,
  ky: 1,
  kyke: 2,
  kykes: 2,
  kyopo: 2,
  kyopos: 2,
  lactate: 1,
  laid: 0,
  lapdance: 1,
  latin: 0,
  lebo: 2,
  lebos: 2,
  lesbain: 2,
  lesbayn: 2,
  lesbian: 0,
  lesbin: 2,
  lesbo: 2,
  lez: 2,
  lezbe: 2,
  lezbefriends: 2,
  lezbo: 2,
  lezz: 2,
  lezzo: 2,
  liberal: 0,
  libido: 1,
  licker: 1,
  lickme: 2,
  lies: 0,
  limey: 2,
  limpdick: 2,
  limy: 2,
  lingerie: 0,
  liquor: 1,
  livesex: 2,
  loadedgun: 2,
  lolita: 1,
  looser: 2,
  loser: 2,
  lotion: 0,
  lovebone: 2,
  lovegoo: 2,
  lovegun: 2,
  lovejuice: 2,
  lovemuscle: 2,
  lovepistol: 2,
  loverocket: 2,
  lowlife: 2,
  lsd: 1,
  lubejob: 2,
  lubra: 2,
  lucifer: 0,
  luckycammeltoe: 2,
  lugan: 2,
  lugans: 2,
  lynch: 1,
  mabuno: 2,
  mabunos: 2,
  macaca: 2,
  macacas: 2,
  mad: 0,
  mafia: 1,
  magicwand: 2,
  mahbuno: 2,
  mahbunos: 2,
  mams: 2,
  manhater: 2,
  manpaste: 2,
  marijuana: 1,
  mastabate: 2,
  mastabater: 2,
  masterbate: 2,
  masterblaster: 2,
  mastrabator: 2,
  masturbate: 2,
  masturbating: 2,
  mattressprincess: 2,
  'mau mau': 2,
  'mau maus': 2,
  maumau: 2,
  maumaus: 2,
  meatbeatter: 2,
  meatrack: 2,
  meth: 1,
  mexican: 0,
  mgger: 2,
  mggor: 2,
  mick: 1,
  mickeyfinn: 2,
  mideast: 0,
  milf: 2,
  minority: 0,
  mockey: 2,
  mockie: 2,
  mocky: 2,
  mofo: 2,
  moky: 2,
  moles: 0,
  molest: 1,
  molestation: 1,
  molester: 1,
  molestor: 1,
  moneyshot: 2,
  'moon cricket': 2,
  'moon crickets': 2,
  mooncricket: 2,
  mooncrickets: 2,
  mormon: 0,
  moron: 2,
  moskal: 2,
  moskals: 2,
  moslem: 2,
  mosshead: 2,
  mothafuck: 2,
  mothafucka: 2,
  mothafuckaz: 2,
  mothafucked: 2,
  mothafucker: 2,
  mothafuckin: 2,
  mothafucking: 2,
  mothafuckings: 2,
  motherfuck: 2,
  motherfucked: 2,
  motherfucker: 2,
  motherfuckin: 2,
  motherfucking: 2,
  motherfuckings: 2,
  motherlovebone: 2,
  muff: 2,
  muffdive: 2,
  muffdiver: 2,
  muffindiver: 2,
  mufflikcer: 2,
  mulatto: 2,
  muncher: 2,
  munt: 2,
  murder: 1,
  murderer: 1,
  muslim: 0,
  mzungu: 2,
  mzungus: 2,
  naked: 0,
  nancy: 0,
  narcotic: 1,
  nasty: 0,
  nastybitch: 2,
  nastyho: 2,
  nastyslut: 2,
  nastywhore: 2,
  nazi: 1,
  necro: 1,
  negres: 2,
  negress: 2,
  negro: 2,
  negroes: 2,
  negroid: 2,
  negros: 2,
  nig: 2,
  nigar: 2,
  nigars: 2,
  niger: 0,
  nigerian: 1,
  nigerians: 1,
  nigers: 2,
  nigette: 2,
  nigettes: 2,
  nigg: 2,
  nigga: 2,
  niggah: 2,
  niggahs: 2,
  niggar: 2,
  niggaracci: 2,
  niggard: 2,
  niggarded: 2,
  niggarding: 2,
  niggardliness: 2,
  niggardlinesss: 2,
  niggardly: 0,
  niggards: 2,
  niggars: 2,
  niggas: 2,
  niggaz: 2,
  nigger: 2,
  niggerhead: 2,
  niggerhole: 2,
  niggers: 2,
  niggle: 2,
  niggled: 2,
  niggles: 2,
  niggling: 2,
  nigglings: 2,
  niggor: 2,
  niggress: 2,
  niggresses: 2,
  nigguh: 2,
  nigguhs: 2,
  niggur: 2,
  niggurs: 2,
  niglet: 2,
  nignog: 2,
  nigor: 2,
  nigors: 2,
  nigr: 2,
  nigra: 2,
  nigras: 2,
  nigre: 2,
  nigres: 2,
  nigress: 2,
  nigs: 2,
  nip: 2,
  nipple: 1,
  nipplering: 1,
  nittit: 2,
  nlgger: 2,
  nlggor: 2,
  nofuckingway: 2,
  nook: 1,
  nookey: 2,
  nookie: 2,
  noonan: 2,
  nooner: 1,
  nude: 1,
  nudger: 2,
  nuke: 1,
  nutfucker: 2,
  nymph: 1,
  ontherag: 2,
  oral: 1,
  oreo: 0,
  oreos: 0,
  orga: 2,
  orgasim: 2,
  orgasm: 1,
  orgies: 1,
  orgy: 1,
  osama: 0,
  paddy: 1,
  paederastic: 1,
  paederasts: 1,
  paederasty: 1,
  paki: 2,
  pakis: 2,
  palesimian: 2,
  palestinian: 0,
  'pancake face': 2,
  'pancake faces': 2,
  pansies: 2,
  pansy: 2,
  panti: 2,
  panties: 0,
  payo: 2,
  pearlnecklace: 1,
  peck: 1,
  pecker: 1,
  peckerwood: 2,
  pederastic: 1,
  pederasts: 1,
  pederasty: 1,
  pedo: 2,
  pedophile: 1,
  pedophiles: 1,
  pedophilia: 1,
  pedophilic: 1,
  pee: 1,
  peehole: 2,
  peepee: 2,
  peepshow: 1,
  peepshpw: 2,
  pendy: 1,
  penetration: 1,
  peni5: 2,
  penile: 1,
  penis: 1,
  penises: 1,
  penthouse: 0,
  period: 0,
  perv: 2,
  phonesex: 1,
  phuk: 2,
  phuked: 2,
  phuking: 2,
  phukked: 2,
  phukking: 2,
  phungky: 2,
  phuq: 2,
  pi55: 2,
  picaninny: 2,
  piccaninny: 2,
  pickaninnies: 2,
  pickaninny: 2,
  piefke: 2,
  piefkes: 2,
  piker: 2,
  pikey: 2,
  piky: 2,
  'pillow biter': 2,
  pimp: 2,
  pimped: 2,
  pimper: 2,
  pimpjuic: 2,
  pimpjuice: 2,
  pimpsimp: 2,
  pindick: 2,
  piss: 2,
  pissed: 2,
  pisser: 2,
  pisses: 2,
  pisshead: 2,
  pissin: 2,
  pissing: 2,
  pissoff: 2,
  pistol: 1,
  pixie: 1,
  pixy: 1,
  playboy: 1,
  playgirl: 1,
  pocha: 2,
  pochas: 2,
  pocho: 2,
  pochos: 2,
  pocketpool: 2,
  pohm: 2,
  pohms: 2,
  polack: 2,
  polacks: 2,
  pollock: 2,
  pollocks: 2,
  pom: 2,
  pommie: 2,
  'pommie grant': 2,
  'pommie grants': 2,
  pommies: 2,
  pommy: 2,
  poms: 2,
  poo: 2,
  poof: 2,
  poofta: 2,
  poofter: 2,
  poon: 2,
  poontang: 2,
  poop: 2,
  pooper: 2,
  pooperscooper: 2,
  pooping: 2,
  poorwhitetrash: 2,
  popimp: 2,
  'porch monkey': 2,
  'porch monkies': 2,
  porchmonkey: 2,
  porn: 1,
  pornflick: 1,
  pornking: 2,
  porno: 1,
  pornography: 1,
  pornprincess: 2,
  pot: 0,
  poverty: 0,
  'prairie nigger': 2,
  'prairie niggers': 2,
  premature: 0,
  pric: 2,
  prick: 2,
  prickhead: 2,
  primetime: 0,
  propaganda: 0,
  pros: 0,
  prostitute: 1,
  protestant: 1,
  pu55i: 2,
  pu55y: 2,
  pube: 1,
  pubic: 1,
  pubiclice: 2,
  pud: 2,
  pudboy: 2,
  pudd: 2,
  puddboy: 2,
  puke: 2,
  puntang: 2,
  purinapricness: 2,
  puss: 2,
  pussie: 2,
  pussies: 2,
  pussy: 1,
  pussycat: 1,
  pussyeater: 2,
  pussyfucker: 2,
  pussylicker: 2,
  pussylips: 2,
  pussylover: 2,
  pussypounder: 2,
  pusy: 2,
  quashie: 2,
  que: 0,
  queef: 2,
  queer: 1,
  quickie: 2,
  quim: 2,
  ra8s: 2,
  rabbi: 0,
  racial: 0,
  racist: 1,
  radical: 1,
  radicals: 1,
  raghead: 2,
  ragheads: 2,
  randy: 1,
  rape: 1,
  raped: 1,
  raper: 2,
  rapist: 1,
  rearend: 2,
  rearentry: 2,
  rectum: 1,
  redleg: 2,
  redlegs: 2,
  redlight: 0,
  redneck: 2,
  rednecks: 2,
  redskin: 2,
  redskins: 2,
  reefer: 2,
  reestie: 2,
  refugee: 0,
  reject: 0,
  remains: 0,
  rentafuck: 2,
  republican: 0,
  rere: 2,
  retard: 2,
  retarded: 2,
  ribbed: 1,
  rigger: 2,
  rimjob: 2,
  rimming: 2,
  roach: 0,
  robber: 0,
  'round eyes': 2,
  roundeye: 2,
  rump: 0,
  russki: 2,
  russkie: 2,
  sadis: 2,
  sadom: 2,
  sambo: 2,
  sambos: 2,
  samckdaddy: 2,
  'sand nigger': 2,
  'sand niggers': 2,
  sandm: 2,
  sandnigger: 2,
  satan: 1,
  scag: 1,
  scallywag: 2,
  scat: 1,
  schlong: 2,
  schvartse: 2,
  schvartsen: 2,
  schwartze: 2,
  schwartzen: 2,
  screw: 1,
  screwyou: 2,
  scrotum: 1,
  scum: 1,
  semen: 1,
  seppo: 2,
  seppos: 2,
  septic: 1,
  septics: 1,
  servant: 0,
  sex: 1,
  sexed: 2,
  sexfarm: 2,
  sexhound: 2,
  sexhouse: 1,
  sexing: 2,
  sexkitten: 2,
  sexpot: 2,
  sexslave: 2,
  sextogo: 2,
  sextoy: 1,
  sextoys: 1,
  sexual: 1,
  sexually: 1,
  sexwhore: 2,
  sexy: 1,
  sexymoma: 2,
  sexyslim: 2,
  shag: 1,
  shaggin: 2,
  shagging: 2,
  shat: 2,
  shav: 2,
  shawtypimp: 2,
  sheeney: 2,
  shhit: 2,
  shiksa: 2,
  shinola: 1,
  shit: 1,
  shitcan: 2,
  shitdick: 2,
  shite: 2,
  shiteater: 2,
  shited: 2,
  shitface: 2,
  shitfaced: 2,
  shitfit: 2,
  shitforbrains: 2,
  shitfuck: 2,
  shitfucker: 2,
  shitfull: 2,
  shithapens: 2,
  shithappens: 2,
  shithead: 2,
  shithouse: 2,
  shiting: 2,
  shitlist: 2,
  shitola: 2,
  shitoutofluck: 2,
  shits: 2,
  shitstain: 2,
  shitted: 2,
  shitter: 2,
  shitting: 2,
  shitty: 2,
  shoot: 0,
  shooting: 0,
  shortfuck: 2,
  showtime: 0,
  shylock: 2,
  shylocks: 2,
  sick: 0,
  sissy: 2,
  sixsixsix: 2,
  sixtynine: 2,
  sixtyniner: 2,
  skank: 2,
  skankbitch: 2,
  skankfuck: 2,
  skankwhore: 2,
  skanky: 2,
  skankybitch: 2,
  skankywhore: 2,
  skinflute: 2,
  skum: 2,
  skumbag: 2,
  skwa: 2,
  skwe: 2,
  slant: 0,
  slanteye: 2,
  slanty: 2,
  slapper: 2,
  slaughter: 1,
  slav: 0,
  slave: 2,
  slavedriver: 2,
  sleezebag: 2,
  sleezeball: 2,
  slideitin: 2,
  slime: 0,
  slimeball: 2,
  slimebucket: 2,
  slope: 0,
  slopehead: 2,
  slopeheads: 2,
  sloper: 2,
  slopers: 2,
  slopes: 0,
  slopey: 2,
  slopeys: 2,
  slopies: 2,
  slopy: 2,
  slut: 2,
  sluts: 2,
  slutt: 2,
  slutting: 2,
  slutty: 2,
  slutwear: 2,
  slutwhore: 2,
  smack: 1,
  smackthemonkey: 2,
  smut: 2,
  snatch: 1,
  snatchpatch: 2,
  snigger: 0,
  sniggered: 0,
  sniggering: 0,
  sniggers: 1,
  sniper: 0,
  snot: 0,
  snowback: 2,
  snownigger: 2,
  sob: 0,
  sod: 0,
  sodom: 1,
  sodomise: 2,
  sodomite: 1,
  sodomize: 2,
  sodomy: 2,
  sonofabitch: 2,
  sonofbitch: 2,
  sooties: 2,
  sooty: 2,
  sos: 0,
  soviet: 0,
  spa: 0,
  spade: 1,
  spades: 1,
  spaghettibender: 2,
  spaghettinigger: 2,
  spank: 1,
  spankthemonkey: 2,
  spearchucker: 2,
  spearchuckers: 2,
  sperm: 1,
  spermacide: 2,
  spermbag: 2,
  spermhearder: 2,
  spermherder: 2,
  spic: 2,
  spick: 2,
  spicks: 2,
  spics: 2,
  spig: 2,
  spigotty: 2,
  spik: 2,
  spit: 2,
  spitter: 2,
  splittail: 2,
  spooge: 2,
  spreadeagle: 2,
  spunk: 2,
  spunky: 2,
  sqeh: 2,
  squa: 2,
  squarehead: 2,
  squareheads: 2,
  squaw: 2,
  squinty: 2,
  stagg: 1,
  stiffy: 1,
  strapon: 1,
  stringer: 2,
  stripclub: 2,
  stroke: 0,
  stroking: 1,
  stuinties: 2,
  stupid: 2,
  stupidfuck: 2,
  stupidfucker: 2,
  suck: 1,
  suckdick: 2,
  sucker: 2,
  suckme: 2,
  suckmyass: 2,
  suckmydick: 2,
  suckmytit: 2,
  suckoff: 2,
  suicide: 1,
  swallow: 1,
  swallower: 2,
  swalow: 2,
  'swamp guinea': 2,
  'swamp guineas': 2,
  swastika: 1,
  sweetness: 0,
  syphilis: 1,
  taboo: 0,
  tacohead: 2,
  tacoheads: 2,
  taff: 2,
  tampon: 0,
  tang: 2,
  tantra: 1,
  'tar babies': 2,
  'tar baby': 2,
  tarbaby: 2,
  tard: 2,
  teat: 1,
  terror: 0,
  terrorist: 1,
  teste: 2,
  testicle: 1,
  testicles: 1,
  thicklip: 2,
  thicklips: 2,
  thirdeye: 2,
  thirdleg: 2,
  threesome: 1,
  threeway: 2,
  'timber nigger': 2,
  'timber niggers': 2,
  timbernigger: 2,
  tinker: 2,
  tinkers: 2,
  tinkle: 1,
  tit: 1,
  titbitnipply: 2,
  titfuck: 2,
  titfucker: 2,
  titfuckin: 2,
  titjob: 2,
  titlicker: 2,
  titlover: 2,
  tits: 1,
  tittie: 2,
  titties: 2,
  titty: 2,
  tnt: 1,
  toilet: 0,
  tongethruster: 2,
  tongue: 0,
  tonguethrust: 2,
  tonguetramp: 2,
  tortur: 2,
  torture: 1,
  tosser: 2,
  'towel head': 2,
  'towel heads': 2,
  towelhead: 2,
  trailertrash: 2,
  tramp: 1,
  trannie: 2,
  tranny: 2,
  transexual: 0,
  transsexual: 0,
  transvestite: 2,
  trap: 1,
  triplex: 2,
  trisexual: 1,
  trojan: 0,
  trots: 1,
  tuckahoe: 2,
  tunneloflove: 2,
  turd: 1,
  turnon: 2,
  twat: 2,
  twink: 2,
  twinkie: 2,
  twobitwhore: 2,
  uck: 2,
  uk: 0,
  ukrop: 2,
  'uncle tom': 2,
  unfuckable: 2,
  upskirt: 2,
  uptheass: 2,
  upthebutt: 2,
  urinary: 0,
  urinate: 0,
  urine: 0,
  usama: 2,
  uterus: 1,
  vagina: 1,
  vaginal: 1,
  vatican: 0,
  vibr: 2,
  vibrater: 2,
  vibrator: 1,
  vietcong: 0,
  violence: 0,
  virgin: 0,
  virginbreaker: 2,
  vomit: 2,
  vulva: 1,
  wab: 2,
  wank: 2,
  wanker: 2,
  wanking: 2,
  waysted: 2,
  weapon: 0,
  weenie: 2,
  weewee: 2,
  welcher: 2,
  welfare: 2,
  wetb: 2,
  wetback: 2,
  wetbacks: 2,
  wetspot: 2,
  whacker: 2,
  whash: 2,
  whigger: 2,
  whiggers: 2,
  whiskey: 0,
  whiskeydick: 2,
  whiskydick: 2,
  whit: 1,
  'white trash': 2,
  whitenigger: 2,
  whites: 1,
  whitetrash: 2,
  whitey: 2,
  whiteys: 2,
  whities: 2,
  whiz: 2,
  whop: 2,
  whore: 2,
  whorefucker: 2,
  whorehouse: 2,
  wigga: 2,
  wiggas: 2,
  wigger: 2,
  wiggers: 2,
  willie: 2,
  williewanker: 2,
  willy: 1,
  wn: 2,
  wog: 2,
  wogs: 2,
  womens: 0,
  wop: 2,
  wtf: 2,
  wuss: 2,
  wuzzie: 2,
  xkwe: 2,
  xtc: 1,
  xxx: 1,
  yank: 2,
  yankee: 1,
  yankees: 1,
  yanks: 2,
  yarpie: 2,
  yarpies: 2,
  yellowman: 2,
  yid: 2,
  yids: 2,
  zigabo: 2,
  zigabos: 2,
  zipperhead: 2,
  zipperheads: 2
}

// EXTERNAL MODULE: ./node_modules/pluralize/pluralize.js
var pluralize = __webpack_require__(86112);
// EXTERNAL MODULE: ./node_modules/nlcst-search/lib/index.js + 1 modules
var lib = __webpack_require__(42908);
// EXTERNAL MODULE: ./node_modules/nlcst-to-string/lib/index.js
var nlcst_to_string_lib = __webpack_require__(15033);
// EXTERNAL MODULE: ./node_modules/quotation/index.js
var quotation = __webpack_require__(74623);
// EXTERNAL MODULE: ./node_modules/unist-util-position/lib/index.js
var unist_util_position_lib = __webpack_require__(81717);
;// CONCATENATED MODULE: ./node_modules/retext-profanities/lib/create-plugin.js
/**
 * @typedef {import('nlcst').Root} Root
 *
 * @typedef {import('nlcst-search').Handler} Handler
 *
 * @typedef {import('vfile').VFile} VFile
 */

/**
 * @typedef Config
 *   Configuration.
 * @property {string} lang
 *   BCP-47 tag.
 * @property {Record<string, number>} cuss
 *   Cuss.
 * @property {Pluralize | undefined} [pluralize]
 *   Pluralize instance.
 * @property {ReadonlyArray<string> | undefined} [ignorePluralize]
 *   Phrases not to make plural/singular.
 * @property {ReadonlyArray<string> | undefined} [regular]
 *   Phrases not to normalize.
 *
 * @typedef Options
 *   Configuration (optional).
 * @property {ReadonlyArray<string> | null | undefined} [ignore]
 *   Phrases *not* to warn about (optional).
 * @property {0 | 1 | 2 | null | undefined} [sureness=0]
 *   Minimum *sureness* to warn about, see `cuss` (default: `0`).
 *
 * @typedef Pluralize
 *   Pluralize instance.
 * @property {Transform} singular
 *   Transform to singular.
 * @property {Transform} plural
 *   Transform to plural.
 *
 * @callback Transform
 *   Transform a word.
 * @param {string} word
 *   Word to transform.
 * @returns {string}
 *   Transformed word.
 */






/** @type {Readonly<Options>} */
const emptyOptions = {}
/** @type {ReadonlyArray<never>} */
const emptyList = []

/**
 * @param {Config} config
 *   Configuration (required).
 * @returns
 *   Plugin.
 */
function createPlugin(config) {
  const regular = config.regular || emptyList
  const words = unpack()
  const source =
    'retext-profanities' + (config.lang === 'en' ? '' : '-' + config.lang)

  /**
   * Check for potential bad words.
   *
   * @param {Readonly<Options> | null | undefined} [options]
   *   Configuration (optional).
   * @returns
   *   Transform.
   */
  return function (options) {
    const settings = options || emptyOptions
    const ignore = settings.ignore || emptyList
    const sureness = settings.sureness || 0
    const phrases = Object.keys(words).filter(function (d) {
      return !ignore.includes(d)
    })
    const normals =
      regular.length > 0
        ? phrases.filter(function (d) {
            return !regular.includes(d)
          })
        : phrases
    const literals = regular.filter(function (d) {
      return phrases.includes(d)
    })

    /**
     * Transform.
     *
     * @param {Root} tree
     *   Tree.
     * @param {VFile} file
     *   File.
     * @returns {undefined}
     *   Nothing.
     */
    return function (tree, file) {
      ;(0,lib/* search */.$)(tree, normals, handle)
      ;(0,lib/* search */.$)(tree, literals, handle, {allowApostrophes: true})

      /** @type {Handler} */
      function handle(match, _, parent, phrase) {
        const profanitySeverity = words[phrase]
        const actual = (0,nlcst_to_string_lib/* toString */.d)(match)

        if (profanitySeverity < sureness) {
          return
        }

        const start = (0,unist_util_position_lib/* pointStart */.PW)(match[0])
        const end = (0,unist_util_position_lib/* pointEnd */.Y)(match[match.length - 1])

        const message = file.message(
          [
            profanitySeverity === 0
              ? 'Be careful with'
              : profanitySeverity === 1
              ? 'Reconsider using'
              : 'Don’t use',
            (0,quotation/* quotation */.f)(actual, '`') + ',',
            profanitySeverity === 0
              ? 'it’s profane in some cases'
              : profanitySeverity === 1
              ? 'it may be profane'
              : 'it’s profane'
          ].join(' '),
          {
            /* c8 ignore next -- verbose to test */
            place: start && end ? {start, end} : undefined,
            ruleId: phrase.replace(/\W+/g, '-'),
            source
          }
        )

        message.actual = actual
        message.expected = []
        // @ts-expect-error: to do: remove or type.
        message.profanitySeverity = profanitySeverity
        message.url = 'https://github.com/retextjs/retext-profanities#readme'
      }
    }
  }

  /**
   * @returns {Record<string, number>}
   *   Cuss.
   */
  function unpack() {
    /** @type {Record<string, number>} */
    const result = {}
    /** @type {string} */
    let key

    for (key in config.cuss) {
      if (Object.hasOwn(config.cuss, key)) {
        add(key, config.cuss[key])

        if (config.pluralize) {
          add(config.pluralize.singular(key), config.cuss[key])
          add(config.pluralize.plural(key), config.cuss[key])
        }
      }
    }

    /**
     * @param {string} key
     *   Key.
     * @param {number} value
     *   Value.
     */
    function add(key, value) {
      if (!config.ignorePluralize || !config.ignorePluralize.includes(key)) {
        result[key] = value
      }
    }

    return result
  }
}

;// CONCATENATED MODULE: ./node_modules/retext-profanities/lib/en.js
/**
 * @typedef {import('./create-plugin.js').Options} Options
 */





const retextProfanitiesEn = createPlugin({
  cuss: cuss,
  // Misclassified singulars and plurals.
  ignorePluralize: [
    'children',
    'dy', // Singular of `dies`.
    'pro', // Singular of `pros`.
    'remain', // Singular of `remains`
    'so', // Singular of `sos`.
    'dice', // Plural of `die`.
    'fus' // Plural of `fu`.
  ],
  lang: 'en',
  pluralize: pluralize,
  // List of values not to normalize.
  regular: ['hell', 'whore']
})

/* harmony default export */ const en = (retextProfanitiesEn);


/***/ })

};
