/** The category of a budget item, guessed from its words when the budget does not give one. */

const CATEGORIES: readonly [string, RegExp][] = [
  [
    "accessibility",
    /\b(?:caption\w*|cart|sign[- ]language|interpret\w*|accessib\w*|a11y|wheelchair|ramps?|transcri\w*|hearing loop|braille)\b/i,
  ],
  [
    "childcare",
    /\b(?:child ?care|cr[eè]ches?|babysit\w*|nann(?:y|ies)|daycare|kids'? (?:room|area|corner))\b/i,
  ],
  [
    "swag",
    /\b(?:swag|t-?shirts?|tees|shirts?|stickers?|merch\w*|giveaways?|hoodies?|mugs?|tote bags?|lanyards?|prizes?)\b/i,
  ],
  [
    "travel",
    /\b(?:travel\w*|flights?|air ?fares?|trains?|bus(?:es)?|transport\w*|visas?|accommodation|lodging|hotels?|per diems?)\b/i,
  ],
  [
    "speakers",
    /\b(?:speakers?|keynotes?|honorari(?:um|a)|presenters?|instructors?|trainers?|facilitators?)\b/i,
  ],
  [
    "av",
    /\b(?:av|a\/v|audio\w*|video\w*|recordings?|projectors?|microphones?|mics?|streaming|live ?stream\w*|cameras?|sound|screens?)\b/i,
  ],
  [
    "catering",
    /\b(?:catering|food|lunch(?:es)?|coffee|snacks?|meals?|dinners?|breakfasts?|drinks?|beverages?|refreshments?|pizza|tea)\b/i,
  ],
  ["marketing", /\b(?:marketing|advertis\w*|ads|promotion\w*|social media|flyers?|posters?|banners?)\b/i],
  ["venue", /\b(?:venues?|rooms?|halls?|space|rental|hire|auditorium|conference cent(?:re|er)|deposit)\b/i],
];

/** "Live captioning" → accessibility; "Speaker travel" → travel; nothing recognised → other. */
export function guessCategory(description: string): string {
  for (const [category, pattern] of CATEGORIES) if (pattern.test(description)) return category;
  return "other";
}
