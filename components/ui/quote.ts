// A sentence quoted inside a message, and the full stop after it: “New START entered into force in
// 2011.” ends the sentence it is quoted in, so no second stop follows it (not “… 2011.”.); a quoted
// question keeps its own mark (“Who signed it?” then the next sentence).

/** `text` in curly quotes, then a full stop unless the text already ends its sentence. */
export function quotedSentence(text: string): string {
  const ended = /[.!?…]["'”’)]*$/.test(text.trim());
  return `“${text.trim()}”${ended ? "" : "."}`;
}
