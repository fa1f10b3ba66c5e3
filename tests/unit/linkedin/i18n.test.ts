// The per-language tables: complete for every listed language, and each entry recognises a sample.
import { describe, expect, test } from 'vitest';
import * as i18n from '../../../src/linkedin/i18n';

const { LANGS } = i18n;
type Lang = (typeof LANGS)[number];

test('every per-language table covers every listed language', () => {
  const tables = Object.entries(i18n).filter(([, v]) => typeof v === 'object' && v !== null && 'en' in (v as object));
  expect(tables.length).toBeGreaterThan(15);
  for (const [name, table] of tables) expect(Object.keys(table as object).sort(), name).toEqual([...LANGS].sort());
});

const samples: Record<Lang, { invite: string; pending: string; withdraw: string; message: string; company: string; education: string; mutual: string; weekly: string }> = {
  en: { invite: 'Invite Ana Díaz to connect', pending: 'Pending, click to withdraw invitation sent to Ana Díaz', withdraw: 'Withdraw invitation sent to Ana Díaz', message: 'Message Ana', company: 'Current company: Acme. Click to skip to experience card', education: 'Education: Kessel University. Click to skip to education card', mutual: 'and 2 other mutual connections', weekly: 'You’ve reached the weekly invitation limit' },
  fr: { invite: 'Inviter Ana Díaz à rejoindre votre réseau', pending: 'En attente, cliquez pour retirer l’invitation envoyée à Ana Díaz', withdraw: 'Retirer l’invitation envoyée à Ana Díaz', message: 'Envoyer un message à Ana', company: 'Entreprise actuelle : Acme. Cliquez…', education: 'Formation : Kessel University. Cliquez…', mutual: 'et 2 autres relations en commun', weekly: 'Vous avez atteint la limite hebdomadaire d’invitations' },
  de: { invite: 'Ana Díaz zum Vernetzen einladen', pending: 'Ausstehend, klicken Sie, um die an Ana Díaz gesendete Einladung zurückzuziehen', withdraw: 'An Ana Díaz gesendete Einladung zurückziehen', message: 'Nachricht an Ana', company: 'Aktuelles Unternehmen: Acme. Klicken…', education: 'Ausbildung: Kessel University. Klicken…', mutual: 'und 2 weitere gemeinsame Kontakte', weekly: 'Sie haben Ihr wöchentliches Einladungslimit erreicht' },
  es: { invite: 'Invitar a Ana Díaz a conectar', pending: 'Pendiente, haz clic para retirar la invitación enviada a Ana Díaz', withdraw: 'Retirar invitación enviada a Ana Díaz', message: 'Enviar mensaje a Ana', company: 'Empresa actual: Acme. Haz clic…', education: 'Educación: Kessel University. Haz clic…', mutual: 'y 2 contactos en común más', weekly: 'Has alcanzado el límite semanal de invitaciones' },
  pt: { invite: 'Convidar Ana Díaz para se conectar', pending: 'Pendente, clique para retirar o convite enviado para Ana Díaz', withdraw: 'Retirar convite enviado para Ana Díaz', message: 'Enviar mensagem para Ana', company: 'Empresa atual: Acme. Clique…', education: 'Formação acadêmica: Kessel University. Clique…', mutual: 'e outras 2 conexões em comum', weekly: 'Você atingiu o limite semanal de convites' },
  pl: { invite: 'Zaproś użytkownika Ana Díaz do nawiązania kontaktu', pending: 'Oczekujące, kliknij, aby wycofać zaproszenie wysłane do Ana Díaz', withdraw: 'Wycofaj zaproszenie wysłane do Ana Díaz', message: 'Wyślij wiadomość do Ana', company: 'Obecna firma: Acme. Kliknij…', education: 'Wykształcenie: Kessel University. Kliknij…', mutual: 'i 2 innych wspólnych kontaktów', weekly: 'Osiągnięto tygodniowy limit zaproszeń' },
};

describe.each(LANGS)('%s', (lang) => {
  const s = samples[lang];
  test('labels that carry a name give the name back', () => {
    expect(i18n.inviteLabelName(s.invite)).toBe('Ana Díaz');
    expect(i18n.pendingLabelName(s.pending)).toBe('Ana Díaz');
    expect(i18n.withdrawLabelName(s.withdraw)).toBe('Ana Díaz');
    expect(i18n.firstNameFromLabel(s.message)).toBe('Ana');
  });
  test('company, education, mutual connections and the weekly limit are recognised', () => {
    expect(i18n.isCompanyLabel(s.company)).toBe(true);
    expect(i18n.isEducationLabel(s.education)).toBe(true);
    expect(i18n.isCompanyLabel(s.education)).toBe(false);
    expect(i18n.mentionsMutual(s.mutual)).toBe(true);
    expect(i18n.isWeeklyLimitText(s.weekly)).toBe(true);
  });
  test('dialog control labels', () => {
    expect(i18n.ADD_NOTE_LABEL[lang].every(i18n.isAddNoteLabel)).toBe(true);
    expect(i18n.SEND_WITHOUT_NOTE_LABEL[lang].every(i18n.isSendWithoutNoteLabel)).toBe(true);
    expect(i18n.SEND_INVITATION_LABEL[lang].every(i18n.isSendInvitationLabel)).toBe(true);
  });
});

test.each([
  ['Sent today', 0], ['Sent yesterday', 1], ['Sent 3 days ago', 3], ['Sent 1 day ago', 1], ['2 weeks ago', 14],
  ['1 month ago', 30], ['Sent 3 months ago', 90], ['1 year ago', 365], ['Sent 5 hours ago', 0], ['Sent an hour ago', 0],
  ['Sent 12 minutes ago', 0],
  ['Envoyée il y a 3 jours', 3], ['Envoyée aujourd’hui', 0], ['il y a 2 semaines', 14], ['il y a 1 mois', 30],
  ['Vor 3 Tagen gesendet', 3], ['Heute gesendet', 0], ['vor 2 Wochen', 14], ['vor 1 Monat', 30],
  ['Enviada hace 3 días', 3], ['hace 2 semanas', 14], ['Enviado há 1 mês', 30], ['Enviado hoje', 0],
  ['Wysłano 3 dni temu', 3], ['2 tygodnie temu', 14], ['1 miesiąc temu', 30], ['Wysłano dzisiaj', 0],
  ['Withdraw', null], ['', null],
] as const)('age %j → %s days', (text, days) => {
  expect(i18n.ageTextToDays(text)).toBe(days);
});

test('DEGREE_MARK is the pattern DEGREE_SUFFIXES makes (every suffix of every language, longest first)', () => {
  const suffixes = [...new Set(LANGS.flatMap((l) => i18n.DEGREE_SUFFIXES[l]))].sort((a, b) => b.length - a.length);
  const built = new RegExp(`^[·•]?\\s*([123])\\s*(?:${suffixes.map((x) => x.replace(/[.]/g, '\\.')).join('|')})?\\s*\\+?$`, 'i');
  expect(i18n.DEGREE_MARK.source).toBe(built.source);
  expect(i18n.DEGREE_MARK.flags).toBe(built.flags);
});

test.each([
  ['· 1st', true], ['· 2nd', true], ['3rd+', true], ['· 2e', true], ['1er', true], ['· 2.', true], ['2º', true], ['2.º', true],
  ['Platform Engineer', false], ['· 4th', false], ['12', false],
] as const)('degree marker %j → %s', (text, isMark) => {
  expect(i18n.DEGREE_MARK.test(text)).toBe(isMark);
});
