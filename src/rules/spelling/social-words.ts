/**
 * Everyday words of social media, retail, outdoor gear and food that the word table (dictionary-en with
 * cspell's en_US inflections and company names) lacks, with their usual inflections, accepted for every client
 * like the config's words. Only words a professional copy editor would let stand in 2026 marketing copy belong
 * here: no slang ("besties"), no proper nouns but the few platforms cspell's company list lacks, and nothing the
 * table already holds (a test checks). Client-specific words (product names, places, people, house terms such
 * as "levain" for one bakery) belong in checkpost.yml's `dictionary`.
 * Accented words are listed without their accents: "açaí" is checked as "acai".
 */
export const SOCIAL_WORDS: readonly string[] = [
  // Social media and digital.
  "livestream livestreams livestreamed livestreaming livestreamer livestreamers repost reposts reposted reposting",
  "unfollow unfollows unfollowed unfollowing influencers collab collabs shoutout shoutouts vlog vlogs",
  "vlogger vloggers vlogging podcaster podcasters photoshoot photoshoots videographer videographers voiceover",
  "voiceovers walkthrough walkthroughs webpage webpages newsfeed newsfeeds signup signups onboarding rebrand",
  "rebrands rebranded rebranding hackathon hackathons chatbot chatbots ebook ebooks audiobook audiobooks wifi",
  // Marketing and industry words, and platforms cspell's lists lack (compared without case: "ChatGPT", "Canva").
  "martech fintech fintechs adtech edtech upsell upsells upselling upsold omnichannel subreddit subreddits microsite",
  "microsites canva chatgpt",
  // Hyphenated forms whose parts are not words on their own.
  "wi-fi hi-fi sci-fi lo-fi hi-vis",
  // Retail.
  "ecommerce merch preorder preorders preordered preordering presale presales waitlist waitlists wishlist",
  "wishlists wishlisted doorbuster doorbusters sitewide storewide shoppable giftable preloved thrifted thrifting",
  "upcycle upcycles upcycled upcycling compostable reusables staycation staycations",
  // Clothing and homeware.
  "colourway colourways crewneck crewnecks athleisure activewear womenswear workwear loungewear haircare homeware",
  "homewares bakeware drinkware",
  // Outdoor gear and trips.
  "daypack daypacks softshell softshells hardshell hardshells baselayer baselayers midlayer midlayers ripstop",
  "footbed footbeds midsole midsoles outsole outsoles carabiner carabiners trailhead trailheads",
  "singletrack glamping bikepacking bikepacker bikepackers ebike ebikes paddleboard paddleboards paddleboarding",
  "paddleboarder paddleboarders bouldering campervan campervans motorhome motorhomes s'mores",
  // Bakery.
  "focaccia focaccias panettone panettones pandoro stollen challah challahs babka babkas boule frangipane",
  "viennoiserie galette galettes macaron macarons madeleine madeleines choux ganache blondie blondies donut",
  "biscotti cannoli lebkuchen speculoos flatbreads panini chocolatey",
  // Drinks.
  "matcha chai kombucha kefir rooibos oolong cortado cortados macchiato macchiatos affogato mocktail mocktails",
  // Food.
  "acai brulee gelato charcuterie burrata halloumi bruschetta arancini miso tahini harissa labneh shakshuka",
  "kimchi gochujang ramen gyoza bao pho katsu yuzu mochi umami tempeh seitan superfood superfoods probiotic",
  "probiotics flexitarian pescatarian",
].flatMap((line) => line.split(" "));
