// Titles as listed carry scraping artefacts: "NUPES : Non-Uniform ...", "S 3 : Increasing ..." (from
// S³, whose superscript the copy lost). The ingest tidies the whitespace before punctuation once, so
// every page, the page <title>, search results and the header box show the same title. Only
// whitespace changes: the words, and so the title's key and the paper's id, stay the same.

/** Spaces before ":", ",", ";", "?" and "!" removed; runs of whitespace made one space. */
export function tidyTitle(title: string): string {
  return title
    .replace(/[\s\u00a0]+/gu, " ")
    .replace(/ +(?=[:,;?!](?:\s|$))/g, "")
    .trim();
}
