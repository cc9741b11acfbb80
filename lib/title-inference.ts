// Titles for abstracts that were listed without one. A researcher names such a paper by what it
// introduces - "BitStack", "GAOKAO-Eval", "AnyGPT" - so look for the name an abstract gives its
// contribution, then add a short descriptive tail from the same sentence:
//   "we introduce AnyGPT, an any-to-any multimodal language model that ..."
//     -> "AnyGPT: An any-to-any multimodal language model"
// When nothing is named, the title is the contribution itself ("we propose a novel denoising
// objective that ..." -> "A denoising objective ..."). Titles made here are marked inferred; a
// curator can replace them in content/corrections.json.

const MAX_TAIL_WORDS = 10;
const MAX_TITLE_LENGTH = 110;
const MAX_NAME_LENGTH = 45;
/** Contributions are named in the first sentences; the cap keeps every regex cheap on huge inputs. */
const MAX_SCAN_CHARS = 6000;
const FALLBACK_TITLE = "Untitled abstract";

/** "propose" -> "propose|proposes|proposed", so one list covers "we propose" and "this paper proposes". */
function verbForms(bases: string[]): string {
  const irregular: Record<string, string> = { build: "built" };
  const forms = bases.flatMap((b) => [
    b,
    /(?:s|sh|ch|x|z)$/.test(b) ? `${b}es` : `${b}s`,
    irregular[b] ?? (b.endsWith("e") ? `${b}d` : `${b}ed`),
  ]);
  return `(?:${forms.join("|")})`;
}

/** Verbs that put a contribution of the paper's own on the table. */
const verbBases = [
  "propose", "introduce", "present", "create", "develop", "release", "build", "design", "construct",
  "curate", "offer", "contribute", "unveil", "devise", "establish", "open-source",
];
const VERBS = verbForms(verbBases);
/** Verbs of study: no artefact, but "we investigate X" still says what the paper is about. */
const STUDY_BASES = [
  "investigate", "study", "explore", "examine", "analyze", "analyse", "evaluate", "revisit",
  "characterize", "quantify", "benchmark", "train", "scale", "extend", "tackle", "address",
];
const STUDY_VERBS = verbForms(STUDY_BASES);
const SUBJECT =
  "(?:\\b[Ww]e|\\b[Tt]his (?:paper|work|study|report|article|technical report|survey)|\\b[Oo]ur (?:paper|work|study|report))";
/** "we also propose", "we further introduce", "we then present": adverbs between subject and verb. */
const ADVERBS = "(?:(?:also|further|then|first|therefore|thus|hence|here|hereby|now|finally|additionally|subsequently|[a-z]+ly)\\s+)*";
/** Sentences whose contribution is secondary ("We also propose ...", "Furthermore, we ..."). */
const SECONDARY = /^(?:Furthermore|Moreover|Additionally|In addition|Finally|Lastly|Besides|Also)\b|\b(?:also|further|additionally)\s+(?:\w+\s+)?$/i;

/**
 * A token that reads as a name or part of one: BitStack, GAOKAO-Eval, AnyGPT, Rectify-Router,
 * pix2gestalt, 3D, 1.5, Rank-k. Capitalised plain words (Chronos) count too; callers only accept
 * them where the sentence shape says a name stands there.
 */
const ALNUM = "A-Za-z0-9\\u0370-\\u03ff";
const TOKEN = `(?:[A-Z0-9\\u0391-\\u03a9][${ALNUM}]*(?:[-.^][${ALNUM}]+)*\\+*|[a-z]+[A-Z0-9][${ALNUM}]*(?:[-^][${ALNUM}]+)*\\+*)`;
const NAME_SEQ = `${TOKEN}(?:\\s+${TOKEN}){0,3}`;
/** Words that may sit inside a spelled-out name: "Mixture of All Intelligence", "Language Agent for Role-Playing". */
const LONG_FORM = `${TOKEN}(?:\\s+(?:(?:of|for|and|with|in|on|to|the|via)\\s+)?${TOKEN}){1,7}`;
/** The noun a name is often followed by: "the Chain-of-Table framework", "our ReNoise technique". */
const HEAD_NOUN =
  "(?:framework|method|model|models|approach|system|benchmark|dataset|suite|architecture|pipeline|algorithm|technique|paradigm|agent|library|toolkit|platform|family|series|corpus|strategy|module|loss|objective|mechanism|metric|protocol|policy|network|tool|engine|recipe|project|checkpoints|weights|code)";

/** Acronyms and families every abstract mentions; a paper is never titled by them alone. */
const GENERIC_NAME =
  /^(?:(?:M|V|LV|L)?LLMs?|LMMs?|VLMs?|LMs?|AI|AGI|NLP|NLU|CV|RL|RLHF|SFT|API|APIs|GPUs?|CPUs?|TPUs?|SOTA|QA|VQA|MoE|ViT|CNNs?|RNNs?|GANs?|ChatGPT|GPT(?:-\d[\w.]*)?|[1-4]D|Transformers?|Large Language Models?|Language Models?|Diffusion Models?|Neural Networks?|Vision Transformers?|Existing|Recent|Current|Previous|However|This|These|Our|We|The|A|An|In|To|It|Specifically|Moreover|Furthermore|Additionally|Finally|Experiments|Results|Extensive|Code|Our code)$/;

/** Words a title must not end on: they leave the phrase hanging ("... based on the"). */
const DANGLING =
  /\s+(?:a|an|the|of|for|to|and|or|nor|but|in|on|with|from|by|as|at|into|onto|via|than|such|both|either|between|across|among|within|without|using|based|including|like|its|their|our|his|her|this|that|these|those|which|who|whose|where|when|while|is|are|was|were|be|been|can|could|may|might|will|would|should|must|not|also|e\.g|i\.e|etc|vs|namely|over|under|toward|towards|through|upon|per|each|every|any|all|some|more|most|less|very|well|only|then|thus|whether|how|what|why|pretrained|trained|based|designed|built|used|obtained|derived|called|named|termed|dubbed|given|key|various|several|many|diverse|different|large|small|new|smaller|larger|better|fewer|higher|lower|other|since|due|merely|just|even|already|still|significantly|remarkably|increasingly|especially|particularly|much)\.?$/i;

/** Names such as "PanGu-$\\pi$" and "PixArt-$\\Sigma$" keep their Greek letter. */
const GREEK: Record<string, string> = {
  alpha: "α", beta: "β", gamma: "γ", delta: "δ", epsilon: "ε", zeta: "ζ", eta: "η", theta: "θ", lambda: "λ", mu: "μ",
  pi: "π", rho: "ρ", sigma: "σ", tau: "τ", phi: "φ", chi: "χ", psi: "ψ", omega: "ω",
  Gamma: "Γ", Delta: "Δ", Theta: "Θ", Lambda: "Λ", Pi: "Π", Sigma: "Σ", Phi: "Φ", Psi: "Ψ", Omega: "Ω",
};

/** Strip the LaTeX wrappers abstracts use around names ("\\textbf{BitStack}"), math delimiters and HTML. */
export function plainText(abstract: string): string {
  let text = abstract;
  // Nested wrappers ("\textbf{\textit{DiffuseKronA}}") unwrap one level per pass.
  for (let i = 0; i < 3; i++) {
    text = text.replace(/\\(?:textbf|textit|emph|texttt|textsc|textrm|mathrm|mathbf|mathcal|mathit|text|underline|bf|it)\{([^{}]*)\}/g, "$1");
  }
  return text
    .replace(/<[^<>]{0,200}>/g, " ")
    .replace(/&(?:amp|lt|gt|quot|#39|nbsp);/g, (e) => ({ "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'", "&nbsp;": " " })[e] ?? " ")
    .replace(/\\(?:url|href|cite[tp]?|ref|footnote)\{[^{}]*\}/g, "")
    .replace(/\bhttps?:\/\/\S+/g, "")
    .replace(/`{1,2}|''/g, '"')
    .replace(/\$([^$]*)\$/g, "$1")
    .replace(/\\([%&_#$])/g, "$1")
    .replace(/\\([A-Za-z]+)/g, (_m, cmd: string) => GREEK[cmd] ?? "")
    .replace(/[{}]/g, "")
    .replace(/~/g, " ")
    .replace(/(\*{1,2}|__)([^*_]{1,80})\1/g, "$2")
    // ``BurstAttention'' -> BurstAttention: a quoted single name is still the name.
    .replace(/"([^"\s]{1,40})"/g, "$1")
    .replace(/\s+/g, " ")
    .trim();
}

function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=[A-Z(\d"])/).filter((s) => s.length > 0);
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function words(s: string): string[] {
  return s.split(/\s+/).filter(Boolean);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** "data mixing laws" -> "Data Mixing Laws"; coined spellings (pix2gestalt, BitStack) stay as written. */
function nameCase(name: string): string {
  if (/[A-Z0-9]/.test(name)) return name;
  return name.replace(/(^|[\s-])([a-z])/g, (_m, sep: string, c: string) => sep + c.toUpperCase());
}

/** A coined spelling no dictionary word has: BitStack, GAOKAO, pix2gestalt, Rectify-Router, MM1. */
function isCoined(token: string): boolean {
  return /[a-z][A-Z]|[A-Z]{2}|[A-Za-z]\d|\d[A-Za-z]|-[A-Z]/.test(token);
}

/** Clean a candidate name, or null when it is a generic term rather than the paper's own name. */
function cleanName(raw: string): string | null {
  // "DeepSeekMath 7B" -> "DeepSeekMath": titles name the family, not one model size.
  let name = raw
    .trim()
    .replace(/\s+\d+(?:\.\d+)?[BMK]$/, "")
    .replace(/[.,;:]+$/, "")
    .replace(/^"(.*)"$/, "$1")
    // "Self-Play Fine-Tuning For": a title-cased long form can run into the next phrase.
    .replace(/(?:\s+(?:for|of|and|with|in|on|to|via|the|a|an|by|from))+$/i, "");
  // "LLMs InternLM-Math" -> "InternLM-Math": generic words around a name are not part of it.
  const ts = words(name);
  while (ts.length > 1 && /^[A-Z]{2,}s$/.test(ts[0]!)) ts.shift();
  name = ts.join(" ");
  if (!name || name.length > MAX_NAME_LENGTH || GENERIC_NAME.test(name)) return null;
  // "SAEs", "NLs": plural acronyms are things a paper uses, not what it names.
  if (/^[A-Z]{2,}s$/.test(name)) return null;
  if (!/[A-Za-z]/.test(name)) return null;
  return nameCase(name);
}

/** "a novel, training-free approach" -> "a training-free approach"; "a novel and simple method" -> "a simple method". */
function dropHype(phrase: string): string {
  return phrase
    .replace(/^((?:(?:a|an|the)\s+)?(?:\S+\s+){0,3}?)(?:novel|new|innovative)(?:\s*,\s*|\s+(?:and|yet|but)\s+|\s+)/i, "$1")
    .replace(/^((?:(?:a|an|the)\s+)?(?:\S+\s+){0,3}?)(?:,\s*|(?:and|yet|but)\s+)(?:novel|new|innovative)\s+/i, "$1 ")
    .replace(/\s+/g, " ");
}

/** After dropping words the article may no longer fit: "an innovative UI-Focused agent" -> "a UI-Focused agent". */
function fixArticle(phrase: string): string {
  return phrase.replace(/^(a|an)\s+(\S+)/i, (_m, art: string, next: string) => {
    const acronym = /^[A-Z]{2,}/.test(next);
    const vowelSound = acronym ? /^[AEFHILMNORSX]/.test(next) : /^[aeiou]/i.test(next) && !/^(?:uni|use|usa|usu|one|eu|ubi)/i.test(next);
    const want = vowelSound ? "an" : "a";
    return (art.charAt(0) === "A" ? capitalize(want) : want) + " " + next;
  });
}

/** "... scheme to select": common verbs after "to" that need an object ("dedicated to chemistry" is fine). */
const INFINITIVE_END =
  /(\S)\s+to\s+(?:select|explain|improve|enhance|generate|address|achieve|enable|support|learn|capture|handle|produce|perform|predict|leverage|create|reduce|train|evaluate|measure|solve|build|make|provide|model|ensure|facilitate|obtain|extract|identify|detect|use|bridge|mitigate|tackle|overcome|boost|represent|understand|assess|align|adapt|integrate|fulfill|answer|study|explore|investigate|find|control|encode|guide)$/i;

/** Drop dangling words from the end until the phrase stands on its own. */
function trimDangling(phrase: string): string {
  let p = phrase.trim().replace(/[\s,;:(\-–—]+$/, "");
  for (let i = 0; i < 8; i++) {
    // "a cross-modal attention scheme to select": an infinitive without its object.
    const next = p.replace(DANGLING, "").replace(INFINITIVE_END, "$1").trim();
    if (next === p) break;
    p = next;
  }
  return p;
}

/** Where a descriptive phrase ends: punctuation, a relative clause, a purpose or result clause. */
const CLAUSE_BOUNDARY =
  /[,;:!?()]|\.(?:\s|$)|\s[-–—]{1,2}\s|\s(?:that|which|where|consisting of|comprising|encompassing|containing|whereby|wherein|while|whose|who|whom|designed to|capable of|able to|in order to|so that|thereby|thus|allowing|enabling|making|achieving|leading to|resulting in|by (?:\w+ing)|and (?:then )?(?:conduct|show|demonstrate|evaluate|find|propose|introduce|use|apply|achieve|release|provide|perform|analy[sz]e|train|validate|compare|present|discuss|report|make|open-source|verify|aim|design|develop|obtain|enable|leverage|offer|outperform|reveal)\w*)(?=\s|$)/;
/** Words that point back at sentences a title's reader does not see ("these models", "another perspective"). */
const BACK_REFERENCE = /\b(?:this|these|those|their|its|our|such(?!\s+as\b)|them|it|they|we|us|another|above|aforementioned)\b/i;

/** Words that read as adjectives, so a comma after them continues the noun phrase. */
const ADJECTIVE_END =
  /(?:al|ive|ous|ful|able|ible|ic|weight|scale|\b(?:fast|robust|compact|simple|efficient|accurate|open|diverse|sparse|dense|precise|high|low|long|short|large|small|rich|deep)|[a-z]-(?:[a-z]+ed|free|aware|level|grained|like|specific|efficient|source|quality|art|time))$/;

/**
 * The first clause of a phrase, reading "lightweight, state-of-the-art open models" as one noun
 * phrase: a comma after an adjective continues it.
 */
function leadingClause(phrase: string): { head: string; boundary: string; rest: string } {
  const first = firstClause(phrase);
  let { head, boundary, rest } = first;
  const modifierEnd = (h: string) => ADJECTIVE_END.test(h) || /\w-[a-z]+$/.test(h);
  for (let i = 0; i < 3 && boundary === "," && modifierEnd(head); i++) {
    const next = firstClause(rest);
    if (!/^[a-z][\w-]*(?:\s+[\w-]+){0,4}$/.test(next.head) || /^(?:and|or|but|which|that|where|while|with|a|an|the|we|it|this|these|i\.e|e\.g|\w+ing|\w+ed)\b/.test(next.head)) break;
    ({ head, boundary, rest } = { head: `${head}, ${next.head}`, boundary: next.boundary, rest: next.rest });
  }
  // "an automatic, versatile": if the list never reached its noun, the joins were wrong.
  return modifierEnd(head) && head !== first.head ? first : { head, boundary, rest };
}

function firstClause(phrase: string): { head: string; boundary: string; rest: string } {
  const m = CLAUSE_BOUNDARY.exec(phrase);
  if (!m) return { head: phrase.trim(), boundary: "", rest: "" };
  return { head: phrase.slice(0, m.index).trim(), boundary: m[0].trim(), rest: phrase.slice(m.index + m[0].length) };
}

/**
 * "isolate interpretable features from these models" -> "isolate interpretable features": cut before
 * the phrase holding the back-reference, at its preposition when one is near.
 */
function withoutBackReference(phrase: string): string {
  const ws = words(phrase);
  const at = ws.findIndex((w) => BACK_REFERENCE.test(w) && !(/^such$/i.test(w) && /^as$/i.test(ws[ws.indexOf(w) + 1] ?? "")));
  if (at < 0) return phrase;
  let cut = at;
  for (let j = at - 1; j >= Math.max(1, at - 3); j--) {
    if (/^(?:of|for|in|on|with|from|by|via|to|into|across|between|under|over|and|or|at|through|that|which|using)$/i.test(ws[j]!)) {
      cut = j;
      break;
    }
  }
  return ws.slice(0, cut).join(" ");
}

/**
 * Cut a descriptive phrase to title size: stop at the first clause boundary, drop references to
 * earlier sentences ("... from these models"), and keep at most MAX_TAIL_WORDS words, preferring
 * to cut before a preposition so the remainder is a whole noun phrase.
 *   "a comprehensive benchmark based on China's National College Entrance Examination (Gaokao), and ..."
 *     -> "a comprehensive benchmark based on China's National College Entrance Examination"
 * A bare head keeps its relative clause, which is where its content is:
 *   "a novel data augmentation method that generates comments for existing code, coupled with ..."
 *     -> "a data augmentation method that generates comments for existing code"
 */
function tailOf(phrase: string, maxWords = MAX_TAIL_WORDS): string {
  const clean = dropHype(phrase.trim().replace(/"/g, ""))
    .replace(/\s*\([^()]*\)/g, "")
    // "a framework to address this gap and enable fast ..." -> "a framework to enable fast ..."
    .replace(/\bto (?:address|bridge|fill|close|tackle|solve|overcome|resolve|mitigate) (?:this|these|those|such|the above|the aforementioned) (?:\w+ )?(?:gaps?|issues?|problems?|challenges?|limitations?|shortcomings?) and (?:to )?/i, "to ");
  if (/^(?:this|these|those|their|its|our|such|it|them|they|we)\b/i.test(clean)) return "";
  const { head, boundary, rest } = leadingClause(clean);
  let cut = withoutBackReference(head);
  if (/^(?:that|which|where|consisting of|comprising|encompassing|containing|designed to|capable of|able to)$/.test(boundary) && cut === head && words(cut).length <= 4) {
    const clause = leadingClause(rest).head;
    if (words(clause).length >= 2 && !BACK_REFERENCE.test(clause) && !/^(?:is|are|was|were|has|have|had|can|could|may|will|would|not)\b/i.test(clause)) {
      cut = `${cut} ${boundary} ${clause}`;
      maxWords += 2;
    }
  }
  const ws = words(cut);
  if (ws.length > maxWords) {
    const kept = ws.slice(0, maxWords + 1);
    let at = -1;
    for (let i = kept.length - 1; i >= 3; i--) {
      if (/^(?:of|for|in|on|with|from|by|via|using|to|into|across|between|under|over|and|or|at|through|toward|towards|regarding|that|which)$/i.test(kept[i]!)) {
        at = i;
        break;
      }
    }
    // Cutting at an early preposition would lose most of the phrase; a hard cut keeps more.
    cut = (at >= maxWords / 2 ? kept.slice(0, at) : ws.slice(0, maxWords)).join(" ");
  }
  return fixArticle(trimDangling(cut));
}

/** "leverages" -> "leveraging", "can handle" -> "handling": a clause verb as a title's gerund. */
function gerund(verb: string): string | null {
  let v = verb.toLowerCase();
  if (!/^[a-z-]{2,}$/.test(v)) return null;
  if (/^(?:is|are|was|were|be|been|has|have|had|do|does|did|can|could|may|might|will|would|should|must|include|includes|consist|consists|comprise|comprises|contain|contains|involve|involves|not|also|only)$/.test(v)) return null;
  if (/^(?:the|a|an|this|that|these|those|there|it|its|we|our|they|their|which|who|in|on|of|for|to|with|by|as|at|from|and|or|but|so|thus|then|than|all|each|both|more|most|such)$/.test(v)) return null;
  if (/(?:ss|us|is)$/.test(v)) {
    // "address", "focus": already a base form
  } else if (/(?:sh|ch|x|z|ss)es$/.test(v)) v = v.slice(0, -2);
  else if (/[^aeiou]ies$/.test(v)) v = v.slice(0, -3) + "y";
  else if (/[^s]s$/.test(v)) v = v.slice(0, -1);
  if (v.endsWith("ing") || v.endsWith("ed")) return null;
  if (/ie$/.test(v)) return v.slice(0, -2) + "ying";
  if (/[^aeiouy]e$/.test(v) || /[^e]ue$/.test(v)) return v.slice(0, -1) + "ing";
  // One-syllable consonant-vowel-consonant verbs double: "map" -> "mapping", "plan" -> "planning".
  if (/^[^aeiou]*[aeiou][bdgmnpt]$/.test(v)) return v + v.slice(-1) + "ing";
  return v + "ing";
}

/** "which leverages pre-trained video diffusion models to ..." -> "Leveraging pre-trained video diffusion models". */
function gerundClause(clause: string): string {
  // "that, for the first time, disentangles ..." -> "that disentangles ..."
  clause = clause.replace(/^(\s*(?:which|that)\s*),[^,]{1,40},\s*/, "$1 ");
  const m = /^\s*(?:(?:which|that|and|to)\s+)?(?:(?:can|also|further|then|effectively|efficiently|successfully|significantly|seamlessly|explicitly|jointly|directly|simply|first|only)\s+)*([A-Za-z-]+)\s+(.*)$/.exec(clause);
  if (!m) return "";
  const g = gerund(m[1]!);
  if (!g) return "";
  const rest = tailOf(m[2]!, MAX_TAIL_WORDS - 1);
  return rest ? `${g} ${rest}` : "";
}

/** A tail worth printing: at least two words and not itself a fragment. */
function usable(tail: string): boolean {
  return (
    words(tail).length >= 2 &&
    !/^(?:a|an|the)\s+\S+$/i.test(tail) &&
    /^[A-Za-z0-9"]/.test(tail) &&
    // "That LLM agents can be used ...", "In order for ...": clauses, not descriptions.
    !/^(?:that|which|who|where|when|while|with|in|on|to|as|if|whether|and|or|but|is|are|was|were|can)\b/i.test(tail)
  );
}

/** A bare tail is the whole title and must say something: "a framework" says nothing. */
function substantial(tail: string): boolean {
  return words(tail).length >= 3 && !/^(?:a|an|the)?\s*(?:\S+\s+)?(?:method|framework|approach|model|system|technique|pipeline|benchmark|dataset)$/i.test(tail);
}

interface NameCandidate {
  name: string;
  /** Descriptive tails from the sentence that named it, best first. */
  tails: string[];
  /** 0 = introduced by a contribution verb; higher = weaker evidence. */
  rank: number;
  order: number;
}

// The shapes readObject() tries in turn. Built once: building these long patterns afresh for every
// sentence cost more than matching them.
const SPELLED_OUT_ACRONYM = new RegExp(`^(${LONG_FORM})\\s*\\((${TOKEN}(?:\\s${TOKEN})?)\\)\\s*(.*)$`);
const WORDS_ACRONYM = new RegExp(`^([^(),;]{3,100}?)\\s*\\((${TOKEN})\\)\\s*(.*)$`);
const NAME_KIND = new RegExp(`^(${NAME_SEQ})((?:\\s+${HEAD_NOUN}){1,2})\\b(.*)$`);
const NAME_FIRST = new RegExp(`^(${NAME_SEQ})(\\s*(?:,|:|\\s[-–—]{1,2}|\\(|$)|\\s+(?=(?:a|an)\\s)|\\s+(?:which|that|to|for|as|with|in|on|is|are|can|and|comprising|consisting|including)\\b)(.*)$`);
const CALLED_WITH_ACRONYM = new RegExp(`^(.{0,160}?)\\s*,?\\s+(?:termed|called|named|dubbed|coined|denoted)\\s+(?:as\\s+)?(?:the\\s+)?([^(),;]{2,80}?)\\s*\\((${TOKEN})\\)(.*)$`);
const CALLED = new RegExp(`^(.{0,160}?)\\s*,?\\s+(?:termed|called|named|dubbed|coined|denoted|namely,?)\\s+(?:as\\s+)?(?:the\\s+)?(${LONG_FORM}|${TOKEN}|[a-z][\\w-]*(?:\\s[a-z][\\w-]*){0,2})(?:\\s*\\((${TOKEN})\\))?(.*)$`);
const APPOSITIVE_ACRONYM = new RegExp(`^(.{0,120}?),\\s+(${LONG_FORM})\\s*\\((${TOKEN})\\)`);
const DESCRIPTION_ACRONYM = new RegExp(`^([^(),;]{3,120}?)\\s*\\((?:(?:namely|i\\.e\\.|dubbed|called|termed),?\\s*)?(${TOKEN})\\)\\s*(.*)$`);
const DESCRIPTION_COMMA_NAME = new RegExp(`^([^,;]{3,120}?),\\s+(${NAME_SEQ})(?:\\s*\\(([^()]*)\\))?\\s*(?:,|\\.|$|\\s+(?:which|that|to|for|with)\\b)`);
const DESCRIPTION_NAME = new RegExp(`^((?:(?:a|an|the)\\s+)?(?:[a-z][\\w-]*\\s+){0,5}?)(${NAME_SEQ})(?:\\s+(${HEAD_NOUN}))?(?=\\s*(?:[,.:(]|$)|\\s+(?:which|that|to|for|with|from|as|based|in|on)\\b)`);
const AFTER_KIND = new RegExp(`\\b${HEAD_NOUN}\\s+$`);

/**
 * Read the object of a contribution verb. Returns the name it introduces (if any) and what the
 * sentence says about it.
 *   "AnyGPT, an any-to-any multimodal language model that ..."  -> AnyGPT + "an any-to-any ..."
 *   "Language Agent for Role-Playing (LARP), which includes ..." -> LARP + "Language Agent for Role-Playing"
 *   "a simple method, BitDelta, which quantizes ..."              -> BitDelta + "a simple method"
 *   "a novel approach termed Data-free Joint Rank-k Approximation for compressing ..."
 *                                                                -> the name + "a novel approach for compressing ..."
 */
function readObject(object: string): { name: string | null; tails: string[] } {
  // "an innovative, training-free approach FouriScale" -> "an training-free approach FouriScale" (the article is fixed later)
  const obj = dropHype(object.replace(/^(?:the|our)\s+/i, ""));
  const np = obj.slice(0, 400);

  // A quoted name: '"Diffuse to Choose," a novel diffusion-based image-conditioned inpainting model'
  let m = /^"([^"]{2,50}?)[,.]?"\s*,?\s*(.*)$/.exec(np);
  if (m && words(m[1]!).length <= 5 && /^[A-Za-z0-9]/.test(m[1]!)) {
    const name = cleanName(m[1]!);
    if (name) return { name, tails: [descAfter(m[2]!)] };
  }

  // Spelled-out name with its acronym: "Visual State Space Model (VMamba), which ..."
  m = SPELLED_OUT_ACRONYM.exec(np);
  if (m && isCoined(m[2]!)) {
    const name = cleanName(m[2]!);
    if (name) return { name, tails: [tailOf(m[1]!), descAfter(m[3]!)] };
  }

  // "Bi-directional Tuning for lossless Acceleration (BiTA), ...": the acronym is the name.
  m = WORDS_ACRONYM.exec(np);
  const spelled = m ? words(m[1]!) : [];
  // "ReplaceAnything3D model (RAM3D)": when the words before hold a coined name, that is the name.
  if (m && isCoined(m[2]!) && spelled.length >= 2 && spelled.length <= 8 && !spelled.some(isCoined) && /^[A-Za-z]/.test(m[1]!) && !/^(?:a|an|the)\s/i.test(m[1]!)) {
    const name = cleanName(m[2]!);
    if (name) return { name, tails: [tailOf(m[1]!), descAfter(m[3]!)] };
  }

  // Name and its kind: "the Chain-of-Table framework, where ...", "the DeepSeekMoE architecture towards ...".
  m = NAME_KIND.exec(np);
  if (m && !/^(?:A|An|The)\s/.test(m[1]!)) {
    const name = cleanName(m[1]!);
    // "Chain-of-Table framework, where tabular data is ..." -> "A framework where tabular data is ..."
    const kind = m[2]!.trim();
    const clause = /^\s*,?\s*(?:where|that|which)\s/.test(m[3]!) ? tailOf(`a ${kind} ${m[3]!.replace(/^\s*,\s*/, "")}`) : "";
    if (name) return { name, tails: [descAfter(m[3]!), words(clause).length > 3 ? clause : ""] };
  }

  // Name first: "AnyGPT, an ...", "MusicHiFi -- an ...", "BeTAIL: Behavior ...", "Garment3DGen a method ...".
  m = NAME_FIRST.exec(np);
  if (m && !/^(?:A|An|The)\s/.test(m[1]!)) {
    const name = cleanName(m[1]!);
    if (name) {
      const sep = m[2]!.trim();
      const rest = m[3]!;
      if (sep === "(") {
        // "GES (Generalized Exponential Splatting), a novel ..."
        const inner = /^([^()]*)\)\s*(.*)$/.exec(rest);
        if (inner) return { name, tails: [spelledOut(inner[1]!), descAfter(inner[2]!)] };
        return { name, tails: [] };
      }
      if (sep === ":") return { name, tails: [tailOf(rest)] };
      return { name, tails: [descAfter(`${sep} ${rest}`)] };
    }
  }

  // A lower-case coinage set off by an appositive: "meta-prompting, an effective scaffolding technique".
  m = /^([a-z][\w-]*(?:\s[a-z][\w-]*){0,2}),\s+((?:a|an|the)\s.*)$/.exec(np);
  if (m && /[-\d]/.test(m[1]!)) {
    const name = cleanName(m[1]!);
    if (name) return { name, tails: [tailOf(m[2]!)] };
  }

  // Description first, then the name.
  // "an innovative technique called self-play fine-tuning for diffusion models (SPIN-Diffusion), where ..."
  m = CALLED_WITH_ACRONYM.exec(np);
  if (m && isCoined(m[3]!) && words(m[2]!).length >= 2) {
    const name = cleanName(m[3]!);
    if (name) return { name, tails: [tailOf(m[2]!), tailOf(m[1]!), descAfter(m[4]!)] };
  }
  // "... termed/called/named/dubbed Data-free Joint Rank-k Approximation for compressing ..."
  m = CALLED.exec(np);
  if (m) {
    const acronym = m[3] && isCoined(m[3]) ? cleanName(m[3]) : null;
    const spelled = m[2]!;
    const name = acronym ?? cleanName(spelled);
    if (name) {
      const continuation = /^\s+(?:for|to|that|in|on|with|based)\s/.test(m[4]!) ? m[4]! : "";
      const desc = tailOf(`${m[1]!}${continuation}`);
      // "a new method called Activation Beacon, which condenses LLM's raw activations ..."
      const clause = continuation ? "" : descAfter(m[4]!);
      return { name, tails: acronym ? [tailOf(spelled), desc, clause] : [desc, clause] };
    }
  }
  // "a new LLVM, Mixture of All Intelligence (MoAI), which ..."
  m = APPOSITIVE_ACRONYM.exec(np);
  if (m && isCoined(m[3]!)) {
    const name = cleanName(m[3]!);
    if (name) return { name, tails: [tailOf(m[2]!), tailOf(m[1]!)] };
  }
  // "an Efficient Large Language Model Adapter (ELLA)" / "lexicon-conditioned data generation (LexC-Gen), a method ..."
  // / "a multi-view sketch-guided text-to-3D generation framework (namely, Sketch2NeRF) to ..."
  m = DESCRIPTION_ACRONYM.exec(np);
  if (m && isCoined(m[2]!)) {
    const name = cleanName(m[2]!);
    if (name) return { name, tails: [tailOf(m[1]!), descAfter(m[3]!)] };
  }
  // "a content-based recommendation framework, SPAR, which ..." / "the latest model of the Gemini family, Gemini 1.5 Pro, a ..."
  m = DESCRIPTION_COMMA_NAME.exec(np);
  if (m && /^(?:a|an|the)\s/i.test(object) && nameLike(m[2]!)) {
    const name = cleanName(m[2]!);
    if (name) return { name, tails: [tailOf(m[1]!), m[3] ? tailOf(m[3]) : ""] };
  }
  // "a training-free method ToDo", "a unified VisionGPT-3D framework to ...", "sampling Trajectory Stitching T-Stitch, a ..."
  m = DESCRIPTION_NAME.exec(np);
  if (
    m &&
    // "a multi-agent framework Mora, which ...": after a kind of thing, a capitalised word is its name.
    (nameLike(m[2]!) || (AFTER_KIND.test(m[1]!) && /^[A-Z]/.test(m[2]!) && !m[3])) &&
    !/^\d+(?:\.\d+)?\s/.test(m[2]!) &&
    // "a taxonomy encompassing 122 MM-LLMs": after a verb or preposition the name is not the contribution.
    !/\b(?:of|for|in|on|with|from|to|by|and|or|than|like|as|over|using|via|between|across|into|encompassing|including|containing|comprising|featuring|involving|covering|spanning|(?:for|of|by|in|on)\s+\w+ing)\s+$/.test(m[1]!)
  ) {
    const split = splitExpansion(m[2]!);
    const name = cleanName(split.name);
    if (name) return { name, tails: [split.expansion, tailOf(`${m[1]!}${m[3] ?? ""}`)] };
  }
  return { name: null, tails: [tailOf(obj)] };
}

/** "Trajectory Stitching T-Stitch" -> T-Stitch, spelled out as "Trajectory Stitching". */
function splitExpansion(seq: string): { name: string; expansion: string } {
  const ts = words(seq);
  const last = ts[ts.length - 1] ?? "";
  const before = ts.slice(0, -1);
  if (before.length >= 2 && isCoined(last) && !before.some(isCoined) && before[0]!.charAt(0) === last.charAt(0)) {
    return { name: last, expansion: before.join(" ") };
  }
  return { name: seq, expansion: "" };
}

/** "(Code Reasoning, Understanding, and eXecution Evaluation)": an expansion is kept whole, commas and all. */
function spelledOut(inner: string): string {
  const t = inner.trim();
  if (!/\s/.test(t)) return "";
  return words(t).length <= MAX_TAIL_WORDS && /^[A-Z]/.test(t) && !BACK_REFERENCE.test(t) ? t : tailOf(t);
}

/** Whether a run of tokens reads as a name: one coined token, or a word with a version ("Gemini 1.5"). */
function nameLike(seq: string): boolean {
  const ts = words(seq);
  return ts.some(isCoined) || (ts.length >= 2 && ts.some((t) => /^v?\d+(?:\.\d+)+$/.test(t)));
}

/** What follows a name: an appositive ("a comprehensive benchmark ...") or a clause ("which leverages ..."). */
function descAfter(rest: string): string {
  // "ReplaceAnything3D model (RAM3D), a novel ...": skip the acronym to reach the description.
  const r = rest.replace(/^\s*(?:\([^()]*\))?\s*(?:,|:|[-–—]{1,2})?\s*/, "");
  if (/^(?:a|an|the)\s/i.test(r) || /^(?:first|largest|open|unified|simple|novel|new)\b/i.test(r)) return tailOf(r);
  if (/^(?:which|that)\s/i.test(r)) return gerundClause(r);
  if (/^(?:to)\s/i.test(r)) return gerundClause(r);
  if (/^for\s/i.test(r)) return tailOf(r);
  // "ICE-GRT, utilizing Reinforcement Learning from Human Feedback ..." -> "Utilizing Reinforcement Learning ..."
  if (/^[a-z]+ing\s/.test(r) && !/^(?:comprising|including|consisting|containing|involving|being|having|using only)\b/.test(r)) return tailOf(r);
  // "Activation Beacon is introduced as a plug-in module"
  if (/^as\s+(?:a|an)\s/i.test(r)) return tailOf(r.slice(3));
  return "";
}

interface Findings {
  names: NameCandidate[];
  /** Unnamed contributions ("a denoising objective ..."), in reading order. */
  phrases: string[];
  /** Gerund phrases from study verbs ("Investigating ..."), in reading order. */
  studies: string[];
  /** Contributions too bare to stand alone ("a generative model"); better than nothing. */
  weak: string[];
}

/** "we propose ...", "this paper introduces ...", "we build and release ...". */
const CONTRIBUTION = new RegExp(
  // "we draw inspiration from ... and propose the Visual State Space Model (VMamba)": the verb may be the second of two.
  `${SUBJECT}\\s+(?:have\\s+|will\\s+)?${ADVERBS}(?:[^.;]{0,120}?\\s+and\\s*,?\\s*(?:[^,]{1,20},\\s*)?${ADVERBS})??(${VERBS})\\b\\s*(.*)$`,
);
/** "we answer this question by unveiling a LLaMA-like vision transformer ..., termed VisionLLaMA". */
const CONTRIBUTION_BY = new RegExp(`${SUBJECT}\\b[^.;]{0,120}?\\bby\\s+(${verbBases.map((b) => gerund(b) ?? b).join("|")})\\b\\s*(.*)$`);
/** "a quality-award refiner named Q-Refine is proposed", "Activation Beacon is introduced as a plug-in module". */
const PASSIVE = /(?:^|,\s+)([^,;]{2,160}?)\s+(?:is|are)\s+(?:(?:first|hereby|newly)\s+)?(?:proposed|introduced|presented|developed|released)\b(.*)$/;
/** "we build and release BioMedLM": the object starts after the second verb. */
const COORDINATED = new RegExp(`^and\\s+(?:${VERBS}|${STUDY_VERBS}|implement\\w*|deploy\\w*|validate\\w*)\\s+`);
const STUDY = new RegExp(`${SUBJECT}\\s+(?:have\\s+|will\\s+)?${ADVERBS}(${STUDY_VERBS})\\b\\s+(.*)$`);

function scan(all: string[]): Findings {
  const found: Findings = { names: [], phrases: [], studies: [], weak: [] };
  all.forEach((s, order) => {
    const m = CONTRIBUTION.exec(s) ?? CONTRIBUTION_BY.exec(s);
    if (m) {
      // Everything before the verb: "Furthermore, we also propose" marks a secondary contribution.
      const lead = s.slice(0, m.index + m[0].length - m[2]!.length - m[1]!.length);
      const secondary = SECONDARY.test(lead);
      const object = m[2]!.replace(COORDINATED, "");
      // "We propose to use Sparse Autoencoders (SAEs) to isolate ..." -> "Using Sparse Autoencoders to isolate ..."
      const toVerb = /^to\s+(\S+)\s+(.*)$/.exec(object);
      if (toVerb) {
        const g = gerund(toVerb[1]!);
        const rest = tailOf(toVerb[2]!, MAX_TAIL_WORDS - 1);
        if (g && rest) found.studies.push(capitalize(`${g} ${rest}`));
      } else {
        const { name, tails } = readObject(object);
        if (name) {
          const purpose = purposeOf(s.slice(0, m.index));
          found.names.push({ name, tails: [...tails, purpose], rank: secondary ? 2 : 0, order });
          // "a novel PTQ algorithm that balances ...": kept in case the "name" turns out to be the field's term.
          const whole = tailOf(object);
          if (substantial(whole) && !whole.includes(name)) found.weak.push(whole);
        } else if (!/^(?:that|how|whether|what|why|when|an? (?:analysis|study|investigation|overview|survey) of)\b/i.test(object)) {
          const phrase = tails[0] ?? "";
          // "we release code and data": housekeeping, not the contribution.
          const housekeeping = /^(?:the\s+|all\s+)?(?:code|codes|source code|data|weights|checkpoints|models|demo|dataset and code)\b/i.test(phrase);
          if (!housekeeping && substantial(phrase)) found.phrases.push(phrase);
          else if (!housekeeping && usable(phrase)) found.weak.push(phrase);
        }
      }
    }
    const p = m ? null : PASSIVE.exec(s);
    if (p) {
      const { name, tails } = readObject(p[1]!);
      if (name) found.names.push({ name, tails: [...tails, descAfter(p[2]!)], rank: 1, order });
    }
    naming(s, order, found.names);
    const st = STUDY.exec(s);
    if (st && !/^(?:that|if)\b/i.test(st[2]!)) {
      const g = gerund(baseOf(st[1]!, STUDY_BASES));
      const rest = /^(?:how|whether|what|why|when)\b/i.test(st[2]!) ? trimDangling(firstClause(st[2]!).head) : tailOf(st[2]!);
      if (g && substantial(rest) && !BACK_REFERENCE.test(rest)) found.studies.push(capitalize(`${g} ${rest}`));
    }
  });
  return found;
}

/** "studied" -> "study": the base an inflected verb came from. */
function baseOf(form: string, bases: string[]): string {
  return bases.find((b) => form === b || form.startsWith(b.replace(/[ey]$/, ""))) ?? form;
}

/** "To address the dropped tokens and padding, we propose ..." -> "Addressing the dropped tokens and padding". */
function purposeOf(before: string): string {
  const m = /(?:^|,\s*|\.\s+)To\s+(?:better\s+|further\s+|effectively\s+)?(\S+)\s+([^,]*),\s*(?:[Ii]n this \w+,\s*)?$/.exec(before);
  if (!m) return "";
  const g = gerund(m[1]!);
  const obj = m[2]!;
  if (!g || BACK_REFERENCE.test(obj) || /\bend\b/.test(obj)) return "";
  return tailOf(`${g} ${obj}`);
}

// The patterns naming() tries on every sentence, built once for the same reason.
const SUBJECT_VERB_OBJECT = new RegExp(`${SUBJECT}\\s+${ADVERBS}\\w+\\s+(.*)$`);
const WE_DUB = new RegExp(`\\b[Ww]e\\s+(?:dub|call|name|term)\\s+(?:it|this|them|(?:the|our)\\s+(?:[\\w-]+\\s+){1,3}?)(?:as\\s+)?(${NAME_SEQ}|"[^"]{2,40}"|[a-z][\\w-]*(?:\\s[a-z][\\w-]*){0,2})(?=\\s*(?:[,.;:(]|$))`);
const PROPOSED_CALLED = new RegExp(`\\b(?:[Tt]he proposed|[Oo]ur)\\s+(?:[a-z-]+\\s+){0,3}?${HEAD_NOUN},?\\s+(?:called|named|termed|dubbed)\\s+(${TOKEN}|[a-z][a-z0-9-]+)\\b`);
const OUR_KIND_NAME = new RegExp(`\\b[Oo]ur\\s+(?:proposed\\s+)?(?:[a-z-]+\\s+)?${HEAD_NOUN},?\\s+(?:${LONG_FORM}\\s*\\((${TOKEN})\\)|(${NAME_SEQ})\\s*[,(])`);
const OUR_NAME_KIND = new RegExp(`\\b[Oo]ur\\s+(?:proposed\\s+)?(${NAME_SEQ})\\s+${HEAD_NOUN}\\b`);
const NAME_AVAILABLE = new RegExp(`^(?:The\\s+|All\\s+)?(${NAME_SEQ}?)\\s+(?:(?:[A-Z]{2,}s?|${HEAD_NOUN})\\s+)*(?:is|are)\\s+(?:now\\s+)?(?:publicly\\s+|freely\\s+|openly\\s+)?(?:available|released|open-sourced)`);

/** Names given outside a contribution verb: "..., which we refer to as the data mixing laws.", "We dub the dataset as Panda-70M." */
function naming(s: string, order: number, names: NameCandidate[]): void {
  let m = /\b(?:which|that)\s+we\s+(?:refer to as|call|term|dub|name|coin)\s+(?:as\s+)?(?:the\s+)?([^,.;:()]{2,45}?)\s*(?:[,.;:(]|$)/i.exec(s);
  if (m) {
    const name = cleanName(m[1]!);
    if (name && words(name).length <= 5) {
      // The thing named is the noun phrase the relative clause hangs on.
      const head = s.slice(0, m.index).replace(/,\s*$/, "");
      const object = SUBJECT_VERB_OBJECT.exec(head);
      names.push({ name, tails: [object ? tailOf(object[1]!) : ""], rank: 1, order });
    }
    return;
  }
  m = WE_DUB.exec(s);
  if (m) {
    const name = cleanName(m[1]!);
    if (name) names.push({ name, tails: [], rank: 1, order });
    return;
  }
  // "The key idea of the proposed algorithm called aespa is ..."
  m = PROPOSED_CALLED.exec(s);
  if (m) {
    const name = cleanName(m[1]!);
    if (name) names.push({ name, tails: [], rank: 1, order });
    return;
  }
  // "Our framework, InstantSplat, unifies ...", "our approach Autonomous Data Selection (AutoDS)", "our ReNoise technique"
  m = OUR_KIND_NAME.exec(s) ?? OUR_NAME_KIND.exec(s);
  const ours = m ? (m[1] ?? m[2]) : undefined;
  if (ours && nameLike(ours)) {
    const name = cleanName(ours);
    if (name) names.push({ name, tails: [], rank: 3, order });
    return;
  }
  // "The Llama Scope SAE checkpoints are publicly available", "X is publicly available"
  m = NAME_AVAILABLE.exec(s);
  if (m && (nameLike(m[1]!) || words(m[1]!).length >= 2)) {
    const name = cleanName(m[1]!);
    if (name) names.push({ name, tails: [], rank: 3, order });
  }
}

/** Other sentences that describe the name: "AnyGPT is an ...", "VMamba (Visual State Space Model)". */
function describedElsewhere(name: string, all: string[]): string[] {
  const esc = escapeRegExp(name);
  // Built once per name, not once per sentence: this ran for every sentence of every abstract.
  const longBefore = new RegExp(`(${LONG_FORM})\\s*\\(${esc}\\)`);
  const longAfter = new RegExp(`\\b${esc}\\s*\\((${LONG_FORM})\\)`);
  const isA = new RegExp(`(?:^|\\s)${esc}(?:,)?\\s+(?:is|,)\\s+((?:a|an|the\\s+first)\\s.*)$`);
  const out: string[] = [];
  for (const s of all) {
    if (!s.includes(name)) continue;
    // Cheap tests of what each regex needs first: a regex made for this name is compiled on its
    // first use, which costs more than the match.
    let m = s.includes(`(${name})`) ? longBefore.exec(s) : null;
    if (m) out.push(tailOf(m[1]!.replace(/^(?:The|A|An|We|Our|In|To)\s+/, "")));
    m = standsBeforeParenthesis(name, s) ? longAfter.exec(s) : null;
    if (m) out.push(tailOf(m[1]!));
    m = IS_A.test(s) ? isA.exec(s) : null;
    if (m) out.push(tailOf(m[1]!));
  }
  return out;
}

/** The end of "X is a ...", "X, the first ...", whatever X is. */
const IS_A = /(?:is|,)\s+(?:a|an|the\s+first)\s/;

/** Is `name` followed, after any spaces, by "(" somewhere in `s`? */
function standsBeforeParenthesis(name: string, s: string): boolean {
  for (let at = s.indexOf(name); at !== -1; at = s.indexOf(name, at + 1)) {
    let i = at + name.length;
    while (i < s.length && /\s/.test(s[i]!)) i++;
    if (s[i] === "(") return true;
  }
  return false;
}

/**
 * What the name does, from sentences it is the subject of:
 *   "LATTE3D amortizes both neural field and textured surface generation ..." -> "Amortizing both ..."
 * Results ("X outperforms ...") say how well, not what, so they are left out.
 */
function actionsOf(name: string, all: string[]): string[] {
  const esc = escapeRegExp(name);
  const subject = new RegExp(`^(?:[A-Z][a-z]+,\\s+)?(?:The\\s+)?${esc}\\s+(?:(?:can|also|further|then|first)\\s+)*([a-z]+s)\\s+(.*)$`);
  const out: string[] = [];
  for (const s of all) {
    if (!s.includes(name)) continue;
    const m = subject.exec(s);
    if (m && !/^(?:is|has|was|does|achieves|outperforms|surpasses|shows|demonstrates|obtains|reaches|exhibits|performs|yields|sets|attains|delivers|matches|improves|excels|beats|scores|consists|comprises|includes|contains|stands|serves|acts|aims|remains|represents|marks|lies|models|allows|enables|needs|requires)$/.test(m[1]!)) {
      const g = gerundClause(`${m[1]!} ${m[2]!}`);
      if (words(g).length >= 3) out.push(g);
    }
  }
  return out;
}

/** Join name and tail: "AnyGPT: An any-to-any ...", or "Name for compressing ..." when the tail is a prepositional phrase. */
function compose(name: string | null, tail: string): string {
  const t = tail.trim();
  let title: string;
  if (!name) title = capitalize(t);
  else if (!t) title = name;
  else if (/^(?:for|with|via|in|on)\s/.test(t)) title = `${name} ${t}`;
  else title = `${name}: ${capitalize(t)}`;
  return fitLength(title);
}

/** Shorten at a word boundary, never leaving a dangling word or an ellipsis. */
function fitLength(title: string): string {
  let t = title.replace(/\s+/g, " ").trim();
  while (t.length > MAX_TITLE_LENGTH) {
    const shorter = trimDangling(t.slice(0, MAX_TITLE_LENGTH).replace(/\s+\S*$/, ""));
    t = shorter.length > 0 && shorter.length < t.length ? shorter : t.slice(0, MAX_TITLE_LENGTH);
  }
  return t.replace(/:\s*$/, "");
}

/** Openers that make a sentence background rather than content: "In recent years, ...", "While X, ...". */
function mainClause(sentence: string): string {
  const s = sentence.replace(
    /^(?:In this (?:paper|work|study|report|article)|Here|Recently|In recent years|However|Nowadays|Today|Currently|Traditionally|Generally|Notably|Specifically|In particular|To this end|Overall|Finally),?\s+/i,
    "",
  );
  // "While large language models often adopt finetuning, X" -> "X"
  const sub = /^(?:While|Although|Though|As|With|Despite|Given|In light of|Since|Because|When|Motivated by|Inspired by|Building on|Based on|To|For|Unlike|Compared to|By|Through|Due to|After|In|On)\b[^,]{0,150},\s*(.+)$/.exec(s);
  return sub ? sub[1]! : s;
}

const CONTRIBUTION_VERB = new RegExp(`^${VERBS}$`);
/** "We ...", "In this paper, we ...": sentences about the paper's own work. */
const OWN_WORK = new RegExp(`^(?:[^,]{0,60},\\s*)?${SUBJECT}\\s`);
/** Words of the sentence frame around a contribution, left out of a title made of bare words. */
const FRAME_WORD = new RegExp(`^(?:${VERBS}|paper|work|framework)$`, "i");

/**
 * What a sentence says, as a title, when no contribution was found:
 *   "We show that content on the web is often translated ..." -> "Content on the web is often translated ..."
 *   "We cast real-world humanoid control as a next token prediction problem" -> "Casting real-world humanoid control as ..."
 */
function sentenceTitle(sentence: string): string {
  if (/\?\s*$/.test(sentence)) return "";
  // "The burgeoning interest in MLLMs, such as OpenAI's GPT-4V, has ..." -> "... in MLLMs has ..."
  const s = mainClause(sentence).replace(/,\s*(?:such as|including|e\.g\.|i\.e\.|like|for example|for instance)\s[^,]*,/g, "");
  let phrase: string;
  const claim = /^(?:we|this (?:paper|work|study)|it|recent (?:work|studies|research)|prior work)\b[^.]{0,40}?\b(?:show|shows|shown|find|finds|found|demonstrate|demonstrates|demonstrated|observe|observed|argue|argues|reveal|reveals|prove|proves|suggest|suggests)\s+that(?:,[^,]{1,60},)?\s+(.*)$/i.exec(s);
  const act = /^(?:[^,]{0,60},\s*)?(?:we|this (?:paper|work|study|report))\s+(?:[a-z]+ly\s+)?([a-z-]+)\s+(.*)$/i.exec(s);
  if (claim) phrase = tailOf(claim[1]!, 12);
  else if (act) {
    // "We conduct extensive experiments ...": how the work was done, not what it is about.
    if (/^(?:conduct|perform|carry|run|report|provide|discuss|describe|use|employ|observe|note|believe|hope|also|then|further|first|now|here|next|aim|start|posit|ask|argue|take|make|do|did|can|will|have|are|were|need|want|try|seek|turn|focus|begin|reinforce|hypothesi[sz]e|answer|highlight|find|show|demonstrate)/i.test(act[1]!)) return "";
    if (CONTRIBUTION_VERB.test(act[1]!) || /^(?:that|how|to|by)\b/i.test(act[2]!)) return "";
    const g = gerund(act[1]!);
    const rest = /^(?:how|whether|what|why|when)\b/i.test(act[2]!) ? trimDangling(firstClause(act[2]!).head) : tailOf(act[2]!);
    phrase = g && rest ? `${g} ${rest}` : "";
  } else phrase = tailOf(s, 12);
  phrase = capitalize(phrase);
  const ok =
    words(phrase).length >= 3 &&
    /^[A-Z0-9]/.test(phrase) &&
    !/\b(?:we|our|us)\b/i.test(phrase) &&
    !BACK_REFERENCE.test(words(phrase)[0]!) &&
    !/^(?:There|It) (?:is|are|has|have)\b/.test(phrase) &&
    !/^(?:with|through|by|in|on|for|from|to|as|at|of|via|and|or|but|so|if|when|while|although|because|since|after|before|despite|during)\b/i.test(phrase);
  return ok ? phrase : "";
}

/** Last resort: the first sentence about the paper's own work that reads as a title, else any sentence, else the first words. */
function summaryTitle(all: string[], text: string, name?: string): string {
  const own = all.slice(0, 8).filter((s) => OWN_WORK.test(s));
  for (const s of [...own, ...all.slice(0, 6)]) {
    const t = sentenceTitle(s);
    if (t) return t;
  }
  // "We propose ..." with nothing usable after it: the words without the sentence frame.
  // A name the title already starts with is not said again in its tail.
  const plain = words((name ? text.replaceAll(name, " ") : text).replace(/[^\p{L}\p{N}\s'-]/gu, " "))
    .filter((w) => !/^(?:we|our|us|this|these|it|its|here|which|call)$/i.test(w) && !FRAME_WORD.test(w))
    .slice(0, 10)
    .join(" ");
  const tidy = trimDangling(plain.replace(/^(?:(?:a|an|the|in|to|of|and|or)(?:\s+|$))+/i, ""));
  return tidy && !DANGLING.test(` ${tidy}`) ? capitalize(tidy) : FALLBACK_TITLE;
}

/** Derive a readable title from an abstract. Always returns a non-empty string; never throws. */
export function inferTitle(abstract: string): string {
  try {
    const title = trimDangling(inferTitleUnsafe(typeof abstract === "string" ? abstract : String(abstract ?? "")));
    return title ? title : FALLBACK_TITLE;
  } catch {
    return FALLBACK_TITLE;
  }
}

/**
 * Acronyms the abstract defines as background before it gets to its contribution -
 * "post-training quantization (PTQ) has emerged as ..." - are the field, not the paper's name.
 */
function backgroundTerms(all: string[], firstContribution: number): Set<string> {
  const terms = new Set<string>();
  for (const s of all.slice(0, firstContribution)) {
    for (const m of s.matchAll(/\(([A-Za-z][\w-]{1,15})\)/g)) terms.add(m[1]!);
  }
  return terms;
}

/**
 * A project's code usually lives in a repository named after it: ".../xinghaow99/DenoSent" names a paper
 * that never spells its name out. Only CamelCase coinages count; "Language-Model-SAEs" is a description.
 */
function repositoryName(abstract: string): string | null {
  const m = /github\.com\/[\w.-]+\/([A-Za-z0-9]+)(?=[\s/.,;)}]|$)/.exec(abstract.slice(0, MAX_SCAN_CHARS * 2));
  const repo = m?.[1];
  if (!repo || repo.length > 25 || !/[a-z][A-Z]/.test(repo)) return null;
  return cleanName(repo);
}

/**
 * What could follow the name in the title, best first. Lazy: the first usable tail wins, and the
 * later candidates (other sentences searched for the name) cost the most.
 */
function* tailsFor(best: NameCandidate, found: Findings, all: string[]): Generator<string> {
  yield* best.tails;
  for (const n of found.names) if (n !== best && n.name.toLowerCase() === best.name.toLowerCase()) yield* n.tails;
  yield* describedElsewhere(best.name, all);
  yield found.phrases[0] ?? "";
  yield found.weak[0] ?? "";
  yield* actionsOf(best.name, all);
}

function inferTitleUnsafe(abstract: string): string {
  const text = plainText(abstract.slice(0, MAX_SCAN_CHARS * 2)).slice(0, MAX_SCAN_CHARS);
  if (!/[\p{L}\p{N}]/u.test(text)) return FALLBACK_TITLE;
  const all = sentences(text);
  const found = scan(all);
  const repo = repositoryName(abstract);
  if (repo) found.names.push({ name: repo, tails: [], rank: 4, order: all.length });

  const background = backgroundTerms(all, Math.min(...found.names.map((n) => n.order), all.length));
  const best = found.names.filter((n) => !background.has(n.name)).sort((a, b) => a.rank - b.rank || a.order - b.order)[0];
  if (best) {
    for (const tail of tailsFor(best, found, all)) if (usable(tail)) return compose(best.name, tail);
    // A multi-word name ("Rainbow Teaming Prompts") can stand alone; a single token cannot.
    if (words(best.name).length >= 3) return fitLength(best.name);
    const study = found.studies[0];
    if (study) return compose(best.name, study);
    // "aMUSEd is focused on fast image generation" -> "aMUSEd: Focused on fast image generation"
    const esc = escapeRegExp(best.name);
    const summary = summaryTitle(all, text, best.name).replace(new RegExp(`^(?:The\\s+)?${esc}\\s+(?:(?:${HEAD_NOUN})\\s+)?(?:is|are)\\s+`, "i"), "");
    return summary === FALLBACK_TITLE || !usable(summary) ? fitLength(best.name) : compose(best.name, summary);
  }
  const phrase = found.phrases[0] ?? found.studies[0] ?? found.weak.find((w) => words(w).length >= 3);
  if (phrase) return compose(null, phrase);
  return fitLength(summaryTitle(all, text));
}
