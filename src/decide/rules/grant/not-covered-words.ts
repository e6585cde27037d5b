/**
 * What words mean, for the not-covered matcher: the config names the kinds of items a foundation does not fund and
 * the words for them ("merchandise", "organiser travel"); this module knows that a lanyard is merchandise, an airfare
 * is travel and the staff are organisers, so a config does not have to list every object and every way of saying
 * "flight". Nothing here decides a policy on its own: a word counts only if the config's keywords use the word it
 * stands for (the dsf preset, which excludes nothing, is unchanged by it).
 *
 * Written after a held-out corpus (test/fixtures/budget-lines-held-out.txt) showed the matcher missed swag named by
 * its object, organisers' travel named by its means, typos and other languages; the families are the kinds of words
 * those misses were, not the misses' phrases.
 */

/** Phrases (as words, before linking words are skipped) and the words they mean. Longest first where they overlap. */
const PHRASES: readonly (readonly [string, string])[] = [
  // Objects handed out with a name or logo on them: merchandise, whatever the object.
  ["baseball cap", "merchandise"],
  ["bucket hat", "merchandise"],
  ["water bottle", "merchandise"],
  ["polo shirt", "merchandise"],
  ["fridge magnet", "merchandise"],
  ["key ring", "merchandise"],
  ["pin badge", "merchandise"],
  ["button badge", "merchandise"],
  ["promotional item", "merchandise"],
  ["promotional product", "merchandise"],
  ["promo item", "merchandise"],
  // Getting somewhere and staying there: travel, however it is paid.
  ["air fare", "travel"],
  ["plane ticket", "travel"],
  ["train ticket", "travel"],
  ["rail ticket", "travel"],
  ["bus ticket", "travel"],
  ["per diem", "travel"],
  // The people who run the event.
  ["our team", "organiser"],
  ["core team", "organiser"],
  ["committee member", "organiser"],
  // Drawing lots for a prize.
  ["lucky draw", "raffle"],
  ["prize draw", "raffle"],
];

/** Single words and what they mean. Only words with one meaning in a budget: not "cap" (a grant's cap), not "chair". */
const WORDS: Readonly<Record<string, string>> = {
  lanyard: "merchandise",
  backpack: "merchandise",
  beanie: "merchandise",
  bandana: "merchandise",
  keyring: "merchandise",
  magnet: "merchandise",
  umbrella: "merchandise",
  sock: "merchandise",
  branded: "merchandise",
  hamper: "gift",
  // Other languages' words for the commonest items (Spanish, Portuguese, French, German).
  camiseta: "t-shirt",
  playera: "t-shirt",
  pegatina: "sticker",
  adesivo: "sticker",
  autocollant: "sticker",
  aufkleber: "sticker",
  premio: "prize",
  sorteo: "raffle",
  sorteio: "raffle",
  tombola: "raffle",
  medal: "trophy",
  flight: "travel",
  airfare: "travel",
  taxi: "travel",
  cab: "travel",
  uber: "travel",
  lyft: "travel",
  mileage: "travel",
  visa: "travel",
  hotel: "travel",
  accommodation: "travel",
  lodging: "travel",
  staff: "organiser",
  organising: "organiser",
  organizing: "organiser",
};

/**
 * "With the conference logo" marks an object as merchandise ("socks with the logo"), except on what carries a logo
 * to guide or inform people (signs, badges, slides, the website): those are fundable. The same words keep a single
 * object word from meaning merchandise: "lanyards for badges" hold badges, "branded signage" guides.
 */
const LOGO_FILLERS = new Set([
  "the",
  "a",
  "our",
  "its",
  "event",
  "conference",
  "meetup",
  "group",
  "community",
  "project",
]);
const INFORMS = [
  "sign",
  "signage",
  "banner",
  "backdrop",
  "poster",
  "flyer",
  "badge",
  "slide",
  "website",
  "programme",
  "program",
  "certificate",
  "stage",
];

export interface WordFamilies {
  phrases: readonly (readonly [readonly string[], readonly string[]])[];
  words: ReadonlyMap<string, readonly string[]>;
  informs: ReadonlySet<string>;
}

/** The families as stems, by the matcher's own stemmer, so a text's words and these agree. */
export function wordFamilies(stems: (text: string) => string[]): WordFamilies {
  return {
    phrases: PHRASES.map(([phrase, meaning]) => [stems(phrase), stems(meaning)] as const).sort(
      (a, b) => b[0].length - a[0].length,
    ),
    words: new Map(
      Object.entries(WORDS).map(([word, meaning]) => [stems(word)[0] as string, stems(meaning)]),
    ),
    informs: new Set(INFORMS.flatMap(stems)),
  };
}

/** How many words from `at` say "with [the] [conference] logo", or 0. `words` are raw (not stemmed, none skipped). */
export function logoMarkAt(words: readonly string[], at: number): number {
  if (words[at] !== "with") return 0;
  let i = at + 1;
  while (i < words.length && i <= at + 3 && LOGO_FILLERS.has(words[i] as string)) i++;
  return words[i] === "logo" || words[i] === "logos" ? i - at + 1 : 0;
}
