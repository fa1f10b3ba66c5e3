// The words of each talking point: a reason for the list and a phrase for the note, in English
// and German. Phrases start lower-case and have no end stop so a template can put them
// mid-sentence ("Hi Ana, {{commonGround}} — …"); a renderer capitalises at a sentence start.
import type { NoteLanguage } from './types';

type Words = {
  school: (name: string, overlap: boolean | null | undefined) => { reason: string; phrase: string };
  employer: (name: string, overlap: boolean | null | undefined, bothNow: boolean) => { reason: string; phrase: string };
  newRole: (company: string, title: string | null, months: number) => { reason: string; phrase: string; value: string };
  mutual: (name: string) => { reason: string; phrase: string };
  anniversary: (company: string, years: number) => { reason: string; phrase: string };
  city: (name: string) => { reason: string; phrase: string };
  region: (name: string) => { reason: string; phrase: string };
  language: (name: string) => { reason: string; phrase: string };
};

const en: Words = {
  school: (name, overlap) => ({
    reason: overlap ? `You were both at ${name} at the same time` : `You both studied at ${name}`,
    phrase: overlap ? `we were at ${name} at the same time` : `we both studied at ${name}`,
  }),
  employer: (name, overlap, bothNow) => ({
    reason: bothNow ? `You both work at ${name}` : overlap ? `You were both at ${name} at the same time` : `You have both worked at ${name}`,
    phrase: bothNow ? `we both work at ${name}` : overlap ? `we overlapped at ${name}` : `we have both worked at ${name}`,
  }),
  newRole: (company, title, months) => ({
    reason: months === 0 ? `Started at ${company} this month` : `Started at ${company} ${months} ${months === 1 ? 'month' : 'months'} ago`,
    phrase: title ? `congratulations on your new role as ${title} at ${company}` : `congratulations on your new role at ${company}`,
    value: title ? `${title} at ${company}` : company,
  }),
  mutual: (name) => ({ reason: `You both know ${name}`, phrase: `we both know ${name}` }),
  anniversary: (company, years) => ({
    reason: `${years} ${years === 1 ? 'year' : 'years'} at ${company} this month`,
    phrase: `congratulations on ${years === 1 ? 'one year' : `${years} years`} at ${company}`,
  }),
  city: (name) => ({ reason: `You are both in ${name}`, phrase: `we are both based in ${name}` }),
  region: (name) => ({ reason: `You are both in ${name}`, phrase: `we are both based in ${name}` }),
  language: (name) => ({ reason: `You both speak ${name}`, phrase: `we both speak ${name}` }),
};

const de: Words = {
  school: (name, overlap) => ({
    reason: overlap ? `Ihr wart zur selben Zeit an ${name}` : `Ihr habt beide an ${name} studiert`,
    phrase: overlap ? `wir waren zur selben Zeit an ${name}` : `wir haben beide an ${name} studiert`,
  }),
  employer: (name, overlap, bothNow) => ({
    reason: bothNow ? `Ihr arbeitet beide bei ${name}` : overlap ? `Ihr wart zur selben Zeit bei ${name}` : `Ihr habt beide bei ${name} gearbeitet`,
    phrase: bothNow ? `wir arbeiten beide bei ${name}` : overlap ? `wir waren zur selben Zeit bei ${name}` : `wir haben beide bei ${name} gearbeitet`,
  }),
  newRole: (company, title, months) => ({
    reason: months === 0 ? `Diesen Monat bei ${company} angefangen` : `Vor ${months} ${months === 1 ? 'Monat' : 'Monaten'} bei ${company} angefangen`,
    phrase: title ? `herzlichen Glückwunsch zur neuen Rolle als ${title} bei ${company}` : `herzlichen Glückwunsch zur neuen Rolle bei ${company}`,
    value: title ? `${title} bei ${company}` : company,
  }),
  mutual: (name) => ({ reason: `Ihr kennt beide ${name}`, phrase: `wir kennen beide ${name}` }),
  anniversary: (company, years) => ({
    reason: `Diesen Monat ${years} ${years === 1 ? 'Jahr' : 'Jahre'} bei ${company}`,
    phrase: `herzlichen Glückwunsch zu ${years === 1 ? 'einem Jahr' : `${years} Jahren`} bei ${company}`,
  }),
  city: (name) => ({ reason: `Ihr seid beide in ${name}`, phrase: `wir sind beide in ${name}` }),
  region: (name) => ({ reason: `Ihr seid beide in der Region ${name}`, phrase: `wir sind beide in der Region ${name}` }),
  language: (name) => ({ reason: `Ihr sprecht beide ${name}`, phrase: `wir sprechen beide ${name}` }),
};

export function wordsFor(lang: NoteLanguage): Words {
  return lang === 'de' ? de : en;
}

/** 'de' for German (de, de-AT, …), else 'en'. */
export function noteLanguage(tag: string | null | undefined): NoteLanguage {
  return /^de\b/i.test(tag ?? '') ? 'de' : 'en';
}
