// Tells, roughly, what language a quoted sentence is in, so content:check can require a `lang` on
// every source whose words are not English (WCAG 3.1.2, language of parts) and catch a wrong one.
//
// Limits, by design: Cyrillic script is certain, but which Cyrillic language it is, is not guessed.
// Latin-script text is judged by its commonest short words, for the languages listed below only,
// and only when at least MIN_WORDS of them appear and outnumber the English ones; so a short fragment
// ("Nr. 76 din 14 decembrie 1991"), a name or a title can pass unnoticed, and a language not listed
// (Czech, Turkish, Latvian...) is never recognised. The rule works per source: one recognisable
// quote or title is enough to require the source's lang, and every quote of it is then marked.

/** How many of a language's common words a text needs before it is taken to be in that language. */
export const MIN_WORDS = 2;

/** Common words of each language that English does not use (or hardly: "die", "van" are kept). */
const COMMON_WORDS: Record<string, readonly string[]> = {
  de: ["der", "die", "das", "und", "ist", "nicht", "mit", "von", "dem", "den", "des", "ein", "eine", "einen", "auch", "sich", "wir", "für", "auf", "dass", "wird", "wurde", "hat", "haben", "nach", "bei", "aus", "über", "zur", "zum", "sind", "hatten"],
  nl: ["het", "een", "van", "zijn", "niet", "voor", "ook", "bij", "door", "worden", "werd", "deze", "wordt", "naar", "hadden", "heeft", "zich", "aan", "dit", "tot"],
  fr: ["le", "les", "des", "est", "une", "dans", "pour", "pas", "qui", "sur", "du", "au", "aux", "ce", "cette", "sont", "été", "avec", "que", "et"],
  es: ["el", "los", "las", "del", "por", "con", "una", "para", "que", "se", "su", "sus", "más", "será", "fue", "pero", "como", "y"],
  pt: ["os", "uma", "não", "para", "com", "pelo", "pela", "são", "foi", "dos", "das", "ao", "aos", "que", "em", "é"],
  it: ["il", "della", "che", "di", "sono", "non", "gli", "nel", "alla", "è", "del", "con", "una"],
  ro: ["și", "si", "în", "din", "cu", "pentru", "privind", "este", "care", "unui", "unei", "fost", "să", "sa", "dintre", "pe", "ale", "lui", "o", "la"],
  hu: ["és", "az", "egy", "hogy", "nem", "meg", "volt", "mint", "ezt", "ami"],
  pl: ["się", "nie", "jest", "oraz", "przez", "dla", "że", "który", "która", "które", "na"],
  sv: ["och", "att", "är", "det", "som", "för", "på", "av", "med", "till", "inte", "har"],
};

const ENGLISH_WORDS = new Set(
  "the of and to is that for on with by as was it be are this at from has have not or an which were will would shall its their been these those".split(" "),
);

/** Languages written in Cyrillic script, for telling whether a lang fits a Cyrillic quote. */
const CYRILLIC_LANGUAGES = new Set(["ru", "uk", "be", "bg", "mk", "sr", "kk", "ky", "mn", "tg", "tt", "ba", "cv"]);

export type LanguageGuess =
  /** Cyrillic letters: certainly not English; which Cyrillic language is left to the author. */
  | { script: "Cyrl" }
  /** Latin script; `lang` is the listed language whose common words it has most, if one leads. */
  | { script: "Latn"; lang?: string; words: string[] };

function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/\p{L}+/gu) ?? [];
}

/** The language a text is in when it is recognisably not English, else undefined. */
export function guessForeignLanguage(text: string): LanguageGuess | undefined {
  if ((text.match(/\p{Script=Cyrillic}/gu)?.length ?? 0) >= 3) return { script: "Cyrl" };
  const words = wordsOf(text);
  const english = words.filter((w) => ENGLISH_WORDS.has(w)).length;
  const scores = Object.entries(COMMON_WORDS)
    .map(([lang, list]) => ({ lang, found: words.filter((w) => list.includes(w)) }))
    .sort((a, b) => b.found.length - a.found.length);
  const [best, second] = scores;
  if (!best || best.found.length < MIN_WORDS || best.found.length <= english) return undefined;
  const leads = best.found.length > (second?.found.length ?? 0);
  return { script: "Latn", ...(leads ? { lang: best.lang } : {}), words: [...new Set(best.found)] };
}

/** Whether a text reads as English: some of its common words, and none of a given language's. */
export function readsAsEnglish(text: string, lang: string): boolean {
  const words = wordsOf(text);
  const english = words.filter((w) => ENGLISH_WORDS.has(w)).length;
  if (english < 3) return false;
  if (isCyrillicLanguage(lang)) return !/\p{Script=Cyrillic}/u.test(text);
  const list = COMMON_WORDS[primaryLanguage(lang)];
  return list !== undefined && !words.some((w) => list.includes(w));
}

/** "de" of "de-AT": the part of a BCP 47 tag that names the language. */
export function primaryLanguage(tag: string): string {
  return tag.split("-")[0]?.toLowerCase() ?? "";
}

export function isCyrillicLanguage(tag: string): boolean {
  return CYRILLIC_LANGUAGES.has(primaryLanguage(tag)) || /-Cyrl\b/i.test(tag);
}

/** Why `lang` does not fit the guess, or undefined when it does (or the guess names no language). */
export function langMismatch(guess: LanguageGuess, lang: string): string | undefined {
  if (guess.script === "Cyrl") {
    return isCyrillicLanguage(lang) ? undefined : `it is in Cyrillic script, but lang "${lang}" is not a Cyrillic-script language`;
  }
  if (!guess.lang || guess.lang === primaryLanguage(lang)) return undefined;
  return `its words (${guess.words.join(", ")}) look ${guess.lang}, but lang is "${lang}"`;
}

export function describeGuess(guess: LanguageGuess): string {
  if (guess.script === "Cyrl") return "Cyrillic script";
  return `${guess.lang ? `${guess.lang} ` : "non-English "}words (${guess.words.join(", ")})`;
}
