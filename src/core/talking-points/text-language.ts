// Which language a template or note is written in, so talking-point phrases match it. Apart from
// phrases.ts so the template renderer can ask without carrying every phrase.
import type { NoteLanguage } from './types';

const GERMAN = /\b(?:hallo|liebe|lieber|ich|mich|mir|dich|dir|dein|deine|deinem|deiner|ihr|ihnen|und|gern|gerne|würde|freue|freuen|über|wir|beide|bei|zum|zur|grüße|viele|vernetzen|austausch)\b/giu;
const ENGLISH = /\b(?:hi|hello|dear|i|i'm|me|you|your|and|would|love|glad|we|both|at|the|to|connect|thanks|best)\b/giu;

/** The language a template or note is written in: 'de' when German words outnumber English ones. */
export function textLanguage(text: string): NoteLanguage {
  const sample = text.slice(0, 2000).replace(/\{\{[^}]*\}\}/g, ' ');
  return (sample.match(GERMAN)?.length ?? 0) > (sample.match(ENGLISH)?.length ?? 0) ? 'de' : 'en';
}
