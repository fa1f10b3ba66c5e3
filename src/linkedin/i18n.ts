// Every piece of LinkedIn UI text the reader depends on, per language, in this one file.
// Text is the last resort: structure, ids, roles, href shapes and attribute prefixes come first
// (see the selector files). Text is used only where LinkedIn gives nothing else: aria-labels that
// carry a name ("Invite X to connect"), the degree words, the mutual-connections sentence, the
// "Sent 3 days ago" age. English strings are from captures (shared/docs/LINKEDIN.md); the French
// invite label is corroborated by public automation code; the other translations are our best
// reading of LinkedIn's UI and are marked unverified — the structural selectors carry the weight.

export const LANGS = ['en', 'fr', 'de', 'es', 'pt', 'pl'] as const;
export type Lang = (typeof LANGS)[number];
type PerLang<T> = Record<Lang, T>;

/** aria-label of a Connect control; group 1 is the person's name. */
export const INVITE_LABEL: PerLang<RegExp[]> = {
  en: [/^Invite (.+) to connect$/],
  fr: [/^Invite[rz] (.+) à rejoindre votre réseau$/],
  de: [/^(.+) zum Vernetzen einladen$/, /^(.+) als Kontakt einladen$/], // unverified
  es: [/^Invitar a (.+) a conectar$/], // unverified
  pt: [/^Convidar (.+) para se conectar$/], // unverified
  pl: [/^Zaproś (?:użytkownika )?(.+) do nawiązania kontaktu$/], // unverified
};

/** aria-label of the Pending control that replaces Connect; group 1 is the name. */
export const PENDING_LABEL: PerLang<RegExp[]> = {
  en: [/^Pending, click to withdraw invitation sent to (.+)$/],
  fr: [/^En attente, cliquez pour retirer l[’'`]invitation envoyée à (.+)$/],
  de: [/^Ausstehend, klicken Sie, um die an (.+) gesendete Einladung zurückzuziehen$/],
  es: [/^Pendiente, haz clic para retirar la invitación enviada a (.+)$/],
  pt: [/^Pendente, clique para retirar o convite enviado para (.+)$/],
  pl: [/^Oczekujące, kliknij, aby wycofać zaproszenie wysłane do (.+)$/],
};

/** aria-label of Withdraw on the sent-invitations page; group 1 is the name. */
export const WITHDRAW_LABEL: PerLang<RegExp[]> = {
  en: [/^Withdraw invitation sent to (.+)$/],
  fr: [/^Retirer l[’'`]invitation envoyée à (.+)$/],
  de: [/^An (.+) gesendete Einladung zurückziehen$/],
  es: [/^Retirar (?:la )?invitación enviada a (.+)$/],
  pt: [/^Retirar (?:o )?convite enviado para (.+)$/],
  pl: [/^Wycofaj zaproszenie wysłane do (.+)$/],
};

/** Labels naming the person by first name ("Message Anu Priya"; 2026 "View Ádám’s verifications", §13). */
export const FIRST_NAME_LABEL: PerLang<RegExp[]> = {
  en: [/^Message (.+)$/, /^(.+) has verifications$/, /^View (.+?)[’'`]s verifications$/],
  fr: [/^Envoyer un message à (.+)$/, /^(.+) a des vérifications$/],
  de: [/^Nachricht an (.+)$/, /^(.+) hat Verifizierungen$/],
  es: [/^Enviar mensaje a (.+)$/, /^(.+) tiene verificaciones$/],
  pt: [/^Enviar mensagem para (.+)$/, /^(.+) tem verificações$/],
  pl: [/^Wyślij wiadomość do (.+)$/, /^(.+) ma weryfikacje$/],
};

/** A control that opens a conversation: "Message X" (its aria-label) or "Message" (its text), §14. */
export const MESSAGE_CONTROL_LABEL: PerLang<RegExp> = {
  en: /^Message(?: .+)?$/,
  fr: /^(?:Envoyer un message(?: à .+)?|Message)$/, // unverified
  de: /^Nachricht(?: an .+)?$/, // unverified
  es: /^(?:Enviar mensaje(?: a .+)?|Mensaje)$/, // unverified
  pt: /^(?:Enviar mensagem(?: para .+)?|Mensagem)$/, // unverified
  pl: /^(?:Wyślij wiadomość(?: do .+)?|Wiadomość)$/, // unverified
};

/** Era C top-card buttons: "Current company: Swedbank. Click to skip to experience card". */
export const COMPANY_LABEL: PerLang<RegExp> = {
  en: /^Current company\s*:/,
  fr: /^Entreprise actuelle\s*:/,
  de: /^Aktuelles Unternehmen\s*:/,
  es: /^Empresa actual\s*:/,
  pt: /^Empresa atual\s*:/,
  pl: /^Obecna firma\s*:/,
};
export const EDUCATION_LABEL: PerLang<RegExp> = {
  en: /^Education\s*:/,
  fr: /^Formation\s*:/,
  de: /^Ausbildung\s*:/,
  es: /^Educación\s*:/,
  pt: /^Formação acadêmica\s*:/,
  pl: /^Wykształcenie\s*:/,
};

/** Words of the mutual-connections sentence, for links whose href shape is unknown. */
export const MUTUAL_WORDS: PerLang<RegExp> = {
  en: /mutual connection/i,
  fr: /relations? en commun/i,
  de: /gemeinsame[rn]? Kontakt/i,
  es: /contactos? en común/i,
  pt: /conex(?:ão|ões) em comum/i,
  pl: /wspóln(?:y|ych|e) kontakt/i,
};

/** Era A highlights: "You and Devin both know A, B, and 14 others" — what precedes the names. */
export const MUTUAL_INTRO: PerLang<RegExp> = {
  en: /\bboth know\s+/i,
  fr: /\bconnaissez tou(?:s|tes) (?:les )?deux\s+/i,
  de: /\bkennen beide\s+/i,
  es: /\bconocen a\s+/i,
  pt: /\bconhecem\s+/i,
  pl: /\bznacie\s+/i,
};

/** The word joining the last two items of a list ("A, B, and 2 others"). */
export const AND_WORD: PerLang<string> = { en: 'and', fr: 'et', de: 'und', es: 'y', pt: 'e', pl: 'i' };

/** Degree markers ("· 2nd", "2e", "2.", "2.º"): a digit 1-3 and the language's suffix, maybe "+". */
export const DEGREE_SUFFIXES: PerLang<string[]> = {
  en: ['st', 'nd', 'rd'], fr: ['er', 're', 'e', 'ᵉ'], de: ['.'], es: ['.er', '.º', 'º', '.°'], pt: ['º', '°'], pl: ['.'],
};
/** Every suffix above, longest first, written out (not built at load; i18n.test.ts checks it). */
export const DEGREE_MARK = /^[·•]?\s*([123])\s*(?:\.er|st|nd|rd|er|re|\.º|\.°|e|ᵉ|\.|º|°)?\s*\+?$/i;

/** Exact aria-labels of the invite dialog's controls (structure decides when these miss). */
export const ADD_NOTE_LABEL: PerLang<string[]> = {
  en: ['Add a note'],
  fr: ['Ajouter une note'],
  de: ['Nachricht hinzufügen', 'Notiz hinzufügen'],
  es: ['Añadir una nota', 'Agregar una nota'],
  pt: ['Adicionar nota', 'Adicionar uma nota'],
  pl: ['Dodaj notatkę'],
};
export const SEND_WITHOUT_NOTE_LABEL: PerLang<string[]> = {
  en: ['Send without a note'],
  fr: ['Envoyer sans note'],
  de: ['Ohne Nachricht senden', 'Ohne Notiz senden'],
  es: ['Enviar sin nota'],
  pt: ['Enviar sem nota'],
  pl: ['Wyślij bez notatki'],
};
export const SEND_INVITATION_LABEL: PerLang<string[]> = {
  en: ['Send invitation', 'Send now', 'Send'],
  fr: ['Envoyer l’invitation', "Envoyer l'invitation", 'Envoyer maintenant', 'Envoyer'],
  de: ['Einladung senden', 'Jetzt senden', 'Senden'],
  es: ['Enviar invitación', 'Enviar ahora', 'Enviar'],
  pt: ['Enviar convite', 'Enviar agora', 'Enviar'],
  pl: ['Wyślij zaproszenie', 'Wyślij teraz', 'Wyślij'],
};

/** Dialog titles, only consulted when a dialog has neither the textarea nor known controls. */
export const WEEKLY_LIMIT_TEXT: PerLang<RegExp> = {
  en: /weekly invitation limit/i,
  fr: /limite hebdomadaire d[’'`]invitations/i,
  de: /wöchentliche[sn]? Einladungslimit|Einladungslimit für diese Woche/i,
  es: /límite semanal de invitaciones/i,
  pt: /limite semanal de convites/i,
  pl: /tygodniowy limit zaproszeń/i,
};
export const ADD_NOTE_PROMPT_TITLE: PerLang<RegExp> = {
  en: /^Add a note to your invitation\?$/,
  fr: /^Ajouter une note à votre invitation\s*\?$/,
  de: /^Nachricht zu Ihrer Einladung hinzufügen\?$/,
  es: /^¿Añadir una nota a tu invitación\?$/,
  pt: /^Adicionar uma nota ao seu convite\?$/,
  pl: /^Dodać notatkę do zaproszenia\?$/,
};

/** A whole word or phrase, case-insensitive, with letter boundaries that also work for ż, ń, é…
 * Built on first use: only the sent page reads ages, and Unicode patterns cost every page ms to build. */
type Word = { source: string; test(text: string): boolean };
const w = (source: string, re?: RegExp): Word => ({ source, test: (text) => (re ??= new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}])`, 'iu')).test(text) });

/** "Sent 3 days ago", "Sent today", "1 month ago": numbers and unit words → days. */
export const SENT_TODAY: PerLang<Word> = {
  en: w('today|just now|hours?|minutes?|seconds?|an hour'),
  fr: w("aujourd[’'`]hui|à l[’'`]instant|heures?|minutes?|secondes?"),
  de: w('heute|gerade eben|Stunden?|Minuten?|Sekunden?'),
  es: w('hoy|horas?|minutos?|segundos?'),
  pt: w('hoje|horas?|minutos?|segundos?'),
  pl: w('dzisiaj|dziś|godzin[ya]?|godzinę|minut[ya]?|minutę|sekund[ya]?'),
};
export const SENT_YESTERDAY: PerLang<Word> = {
  en: w('yesterday'), fr: w('hier'), de: w('gestern'), es: w('ayer'), pt: w('ontem'), pl: w('wczoraj'),
};
export const AGE_UNITS: PerLang<ReadonlyArray<readonly [Word, number]>> = {
  en: [[w('days?'), 1], [w('weeks?'), 7], [w('months?'), 30], [w('years?'), 365]],
  fr: [[w('jours?'), 1], [w('semaines?'), 7], [w('mois'), 30], [w('ans?|années?'), 365]],
  de: [[w('Tag(?:e|en)?'), 1], [w('Wochen?'), 7], [w('Monat(?:e|en)?'), 30], [w('Jahr(?:e|en)?'), 365]],
  es: [[w('días?'), 1], [w('semanas?'), 7], [w('mes(?:es)?'), 30], [w('años?'), 365]],
  pt: [[w('dias?'), 1], [w('semanas?'), 7], [w('m[eê]s(?:es)?'), 30], [w('anos?'), 365]],
  pl: [[w('dni|dzień'), 1], [w('tydzień|tygodni[ea]?'), 7], [w('miesiąc[ea]?|miesięcy'), 30], [w('rok|lat[a]?'), 365]],
};

// ---- lookups over all languages (built once at load; pure, so a script keeps only those it reads) ----

const flat = <T>(table: PerLang<T | T[]>): T[] => LANGS.flatMap((l) => table[l] as T | T[]) as T[];
const inviteAll = /* @__PURE__ */ flat(INVITE_LABEL);
const pendingAll = /* @__PURE__ */ flat(PENDING_LABEL);
const withdrawAll = /* @__PURE__ */ flat(WITHDRAW_LABEL);
const firstNameAll = /* @__PURE__ */ flat(FIRST_NAME_LABEL);
const companyAll = /* @__PURE__ */ flat(COMPANY_LABEL);
const educationAll = /* @__PURE__ */ flat(EDUCATION_LABEL);
const messageControlAll = /* @__PURE__ */ LANGS.map((l) => MESSAGE_CONTROL_LABEL[l]);
const mutualAll = /* @__PURE__ */ flat(MUTUAL_WORDS);
const introAll = /* @__PURE__ */ flat(MUTUAL_INTRO);
const weeklyAll = /* @__PURE__ */ flat(WEEKLY_LIMIT_TEXT);
const promptTitleAll = /* @__PURE__ */ flat(ADD_NOTE_PROMPT_TITLE);
const todayAll = /* @__PURE__ */ flat(SENT_TODAY);
const yesterdayAll = /* @__PURE__ */ flat(SENT_YESTERDAY);
const unitsAll = /* @__PURE__ */ LANGS.flatMap((l) => AGE_UNITS[l]);
const addNoteAll = /* @__PURE__ */ new Set(/* @__PURE__ */ flat(ADD_NOTE_LABEL));
const sendWithoutAll = /* @__PURE__ */ new Set(/* @__PURE__ */ flat(SEND_WITHOUT_NOTE_LABEL));
const sendAll = /* @__PURE__ */ new Set(/* @__PURE__ */ flat(SEND_INVITATION_LABEL));
export const AND_WORDS = /* @__PURE__ */ LANGS.map((l) => AND_WORD[l]);

function capture(patterns: RegExp[], text: string | null | undefined): string | null {
  if (!text) return null;
  for (const re of patterns) {
    const m = re.exec(text);
    if (m?.[1]) return m[1].trim();
  }
  return null;
}
const test = (patterns: RegExp[], text: string | null | undefined) => !!text && patterns.some((re) => re.test(text));

export const inviteLabelName = (label: string | null | undefined) => capture(inviteAll, label);
export const pendingLabelName = (label: string | null | undefined) => capture(pendingAll, label);
export const withdrawLabelName = (label: string | null | undefined) => capture(withdrawAll, label);
export const firstNameFromLabel = (label: string | null | undefined) => capture(firstNameAll, label);
export const isCompanyLabel = (label: string | null | undefined) => test(companyAll, label);
export const isEducationLabel = (label: string | null | undefined) => test(educationAll, label);
export const isMessageControlLabel = (label: string | null | undefined) => test(messageControlAll, label?.trim());
export const mentionsMutual = (text: string | null | undefined) => test(mutualAll, text);
export const isWeeklyLimitText = (text: string | null | undefined) => test(weeklyAll, text);
export const isAddNotePromptTitle = (text: string | null | undefined) => test(promptTitleAll, text);
export const isAddNoteLabel = (label: string | null | undefined) => !!label && addNoteAll.has(label.trim());
export const isSendWithoutNoteLabel = (label: string | null | undefined) => !!label && sendWithoutAll.has(label.trim());
export const isSendInvitationLabel = (label: string | null | undefined) => !!label && sendAll.has(label.trim());

/** The text after the era-A intro ("…both know "), or null when no known intro is present. */
export function afterMutualIntro(text: string): string | null {
  for (const re of introAll) {
    const m = re.exec(text);
    if (m) return text.slice(m.index + m[0].length);
  }
  return null;
}

/** Days since an invitation was sent, from its age text in any listed language; null if unknown. */
export function ageTextToDays(text: string | null | undefined): number | null {
  if (!text) return null;
  if (yesterdayAll.some((re) => re.test(text))) return 1;
  // Hours and minutes before units: "an hour ago" must not read as the French "an" (year).
  if (todayAll.some((re) => re.test(text))) return 0;
  const number = /(\d+)/.exec(text);
  for (const [unit, days] of unitsAll) {
    if (unit.test(text)) return (number ? Number(number[1]) : 1) * days;
  }
  return null;
}
