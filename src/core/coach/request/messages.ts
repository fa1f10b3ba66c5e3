// What the request coach says, in the language the message is written in (English or German):
// one sentence per hint, what to change and why, and the checklist's words. German uses "du", as
// LinkedIn's German interface does.
import type { NoteLanguage } from '../../talking-points/types';

/** The five parts of a good request; a follow-up on it is judged on 'refer-back' and 'ask'. */
export type RequestPart = 'reason' | 'interest' | 'background' | 'connection' | 'ask' | 'refer-back';

const quote = (s: string) => `"${s.length > 32 ? `${s.slice(0, 31)}…` : s}"`;

export interface RequestWords {
  part: Record<RequestPart, string>;
  present: string;
  missing: string;
  reason: string;
  interest: string;
  background: string;
  connection: (shared: { school?: string; company?: string; mutual?: string }) => string;
  ask: string;
  timeBox: string;
  whenHow: string;
  referBack: string;
  name: (first: string) => string;
  demanding: (found: string) => string;
  gracious: string;
  tooLong: (words: number, budget: number) => string;
  jobAsk: (found: string) => string;
  linkDump: (links: number) => string;
  attachment: (found: string) => string;
  placeholder: (found: string) => string;
  overLimit: (over: number, limit: number) => string;
  ready: string;
}

const en: RequestWords = {
  part: {
    reason: 'Why you are reaching out',
    interest: 'What you are interested in',
    background: 'Why their background',
    connection: 'How you are connected',
    ask: 'A concrete ask: how long, when and how',
    'refer-back': 'Points back to your request',
  },
  present: 'included',
  missing: 'missing',
  reason: 'Say why you are writing now: a reason makes the request read as considered, not random.',
  interest: 'Name what you are interested in: they can only help with a question they understand.',
  background: 'Say why their experience in particular: people answer when they see why they were asked.',
  connection: ({ school, company, mutual }) =>
    school ? `Mention that you both studied at ${school}: a shared place makes a stranger's request familiar.`
      : company ? `Mention that you have both worked at ${company}: shared ground makes the request familiar.`
        : mutual ? `Mention ${mutual}, whom you both know: a shared contact makes the request familiar.`
          : 'Say how you are connected, even just "thanks for accepting": it reminds them who you are.',
  ask: 'Ask for something concrete, like a 20-minute call: a clear ask is easy to say yes to.',
  timeBox: 'Say how long, like 20 minutes: a small, bounded ask is easier to accept.',
  whenHow: 'Offer an easy way to say when and how, like "by phone or video, whenever suits you": it saves a round of messages.',
  referBack: 'Say you are following up on your earlier message: it tells them this is the one reminder.',
  name: (first) => `Greet ${first} by name: a message addressed to them reads as written for them.`,
  demanding: (found) => `Soften ${quote(found)}: they owe you no time, and pressure makes a no more likely.`,
  gracious: 'Leave them an easy way out, like "if you have time": a request they may decline is one they can accept.',
  tooLong: (words, budget) => `Cut it to about ${budget} words (now ${words}): a short request is read to the end.`,
  jobAsk: (found) => `Save ${quote(found)} for later: asking for a job in the first message turns advice into a favour.`,
  linkDump: (links) => `Keep to one link at most (now ${links}): a list of links reads as homework for them.`,
  attachment: (found) => `Leave out ${quote(found)}: an attachment in a first message asks them to do work for you.`,
  placeholder: (found) => `Fill in or remove ${quote(found)}: a leftover placeholder shows the message came from a template.`,
  overLimit: (over, limit) => `Cut ${over} character${over === 1 ? '' : 's'}: LinkedIn takes at most ${limit} in a message.`,
  ready: 'Clear, specific and gracious: good to send.',
};

const de: RequestWords = {
  part: {
    reason: 'Warum du dich meldest',
    interest: 'Wofür du dich interessierst',
    background: 'Warum gerade diese Person',
    connection: 'Wie ihr verbunden seid',
    ask: 'Eine konkrete Bitte: wie lange, wann und wie',
    'refer-back': 'Bezug auf deine Bitte',
  },
  present: 'vorhanden',
  missing: 'fehlt',
  reason: 'Sag, warum du gerade jetzt schreibst: ein Anlass lässt die Bitte überlegt statt beliebig wirken.',
  interest: 'Nenne, wofür du dich interessierst: helfen kann man nur bei einer Frage, die man versteht.',
  background: 'Sag, warum gerade ihre Erfahrung: man antwortet, wenn man sieht, warum man gefragt wird.',
  connection: ({ school, company, mutual }) =>
    school ? `Erwähne, dass ihr beide an ${school} studiert habt: ein gemeinsamer Ort macht die Bitte vertraut.`
      : company ? `Erwähne, dass ihr beide bei ${company} gearbeitet habt: Gemeinsames macht die Bitte vertraut.`
        : mutual ? `Erwähne ${mutual}, den ihr beide kennt: ein gemeinsamer Kontakt macht die Bitte vertraut.`
          : 'Sag, wie ihr verbunden seid, und sei es nur „danke für die Vernetzung“: das erinnert daran, wer du bist.',
  ask: 'Bitte um etwas Konkretes, etwa ein Gespräch von 20 Minuten: zu einer klaren Bitte sagt man leicht Ja.',
  timeBox: 'Sag, wie lange, etwa 20 Minuten: eine kleine, begrenzte Bitte nimmt man eher an.',
  whenHow: 'Mach es leicht, wann und wie zu sagen, etwa „per Telefon oder Video, wann es dir passt“: das spart eine Runde Nachrichten.',
  referBack: 'Sag, dass du dich auf deine frühere Nachricht beziehst: so ist klar, dass dies die eine Erinnerung ist.',
  name: (first) => `Sprich ${first} mit Namen an: so liest sich die Nachricht wie für diese Person geschrieben.`,
  demanding: (found) => `Formuliere ${quote(found)} weicher: niemand schuldet dir Zeit, und Druck macht ein Nein wahrscheinlicher.`,
  gracious: 'Lass einen einfachen Ausweg, etwa „falls du Zeit hast“: eine Bitte, die man ablehnen darf, nimmt man eher an.',
  tooLong: (words, budget) => `Kürze auf etwa ${budget} Wörter (jetzt ${words}): eine kurze Bitte wird bis zum Ende gelesen.`,
  jobAsk: (found) => `Heb dir ${quote(found)} für später auf: wer in der ersten Nachricht nach einem Job fragt, macht aus Rat einen Gefallen.`,
  linkDump: (links) => `Beschränke dich auf höchstens einen Link (jetzt ${links}): eine Linkliste liest sich wie Hausaufgaben.`,
  attachment: (found) => `Lass ${quote(found)} weg: ein Anhang in der ersten Nachricht bittet um Arbeit für dich.`,
  placeholder: (found) => `Fülle ${quote(found)} aus oder entferne es: ein Platzhalter verrät die Vorlage.`,
  overLimit: (over, limit) => `Kürze um ${over} Zeichen: LinkedIn nimmt höchstens ${limit} in einer Nachricht.`,
  ready: 'Klar, konkret und freundlich: gut zum Senden.',
};

export const requestWords: Record<NoteLanguage, RequestWords> = { en, de };
