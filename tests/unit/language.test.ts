import { describe, expect, it } from "vitest";
import { guessForeignLanguage, isCyrillicLanguage, langMismatch, readsAsEnglish } from "@/lib/content/language";

describe("guessForeignLanguage", () => {
  it.each([
    ["Wir nehmen Russlands Ankündigung mit großem Bedauern zur Kenntnis, das ist ein Rückschlag für die Rüstungskontrolle.", "de"],
    ["De dertien zogeheten neutrale en niet-gebonden landen hadden deze status al.", "nl"],
    ["Se ratifica Acordul dintre Guvernul Romaniei si Guvernul Republicii Ungaria privind stabilirea unui regim", "ro"],
    ["La investidura presidencial de Joe Biden será el 20 de enero y sus relaciones con EEUU", "es"],
    ["Le traité est entré en vigueur pour les États parties, avec une commission qui siège à Vienne.", "fr"],
  ])("names the language of %j", (text, lang) => {
    expect(guessForeignLanguage(text)).toMatchObject({ script: "Latn", lang });
  });

  it("takes Cyrillic script as not English without naming the language", () => {
    expect(guessForeignLanguage("Названа дата выхода России из Договора по открытому небу")).toEqual({ script: "Cyrl" });
  });

  it.each([
    "Each State Party shall have the right to conduct observation flights over the territory of any other State Party.",
    "Sens. James Allen (D-Ala.) and James Buckley (R-N.Y.) cast “no” votes.",
    "AUGUST 2 (legislative day, JUNE 30), 1993.",
    "From Vancouver to Vladivostok, the dates of the treaty die hard.",
  ])("leaves English, and text too short to judge, alone: %j", (text) => {
    expect(guessForeignLanguage(text)).toBeUndefined();
  });

  it("does not name a language when two lead equally", () => {
    const guess = guessForeignLanguage("que que");
    expect(guess).toMatchObject({ script: "Latn" });
    expect(guess && "lang" in guess ? guess.lang : "none").toBe("none");
  });
});

describe("langMismatch and readsAsEnglish", () => {
  it("fits Cyrillic text to Cyrillic-script languages only", () => {
    expect(isCyrillicLanguage("uk")).toBe(true);
    expect(isCyrillicLanguage("sr-Cyrl")).toBe(true);
    expect(isCyrillicLanguage("de")).toBe(false);
    expect(langMismatch({ script: "Cyrl" }, "ru")).toBeUndefined();
    expect(langMismatch({ script: "Cyrl" }, "ro")).toMatch(/not a Cyrillic-script language/);
  });

  it("compares a named language with the tag's primary subtag", () => {
    expect(langMismatch({ script: "Latn", lang: "de", words: ["und"] }, "de-AT")).toBeUndefined();
    expect(langMismatch({ script: "Latn", lang: "de", words: ["und"] }, "nl")).toMatch(/look de, but lang is "nl"/);
  });

  it("tells English under a foreign lang", () => {
    expect(readsAsEnglish("The flight will be performed from the base in California.", "ru")).toBe(true);
    expect(readsAsEnglish("Полет будет выполняться с аэродрома, the base.", "ru")).toBe(false);
    expect(readsAsEnglish("The flight is over and the aircraft is back.", "de")).toBe(true);
    expect(readsAsEnglish("Das ist the end of the flight.", "de")).toBe(false);
  });
});
