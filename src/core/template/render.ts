// Fills a template with a person's details so the note never reads "Hi ," or "at .":
// - a variable with a value is replaced by the value, inserted as plain text (never re-parsed);
// - an empty variable with a fallback (`{{company|your team}}`) gets the fallback;
// - an empty variable without one drops the whole sentence that holds it, and a line left with
//   nothing in it goes too;
// - except in a greeting ("Hi {{firstName}},"), where the name alone is removed: "Hi,"
//   ("Dear {{firstName}}," goes entirely when no name is left: "Dear," reads wrong).
// Then the seams are tidied (see tidy.ts).
import { parseTemplate, type TemplateError } from './parse';
import { splitSentences, type Sentence } from './sentences';
import { tidy } from './tidy';
import { textLanguage } from '../talking-points/text-language';
import { contextValue, type NoteContext, type VariableName } from './variables';

export interface RenderResult {
  text: string;
  errors: TemplateError[];
  /** Variables that were empty, had no fallback, and were left out (in template order). */
  missing: VariableName[];
}

export function renderTemplate(body: string, given: NoteContext = {}): RenderResult {
  const { parts, errors } = parseTemplate(body);
  // Talking-point phrases are written in the template's own language (German template, German phrase).
  const localized = given.byLanguage?.[textLanguage(body)];
  const context = localized ? { ...given, ...localized } : given;
  // Values wait outside the text as one private-use character each until tidying is done, so
  // the tidy rules can't touch them and nothing in a value can be read as syntax.
  const marker = unusedCharacter(body);
  const values: string[] = [];
  const missing = new Set<VariableName>();

  const lines: string[] = [];
  for (const line of splitSentences(parts)) {
    const kept = line.map((sentence) => fill(sentence, context, marker, values, missing));
    if (line.length && kept.every((s) => s === null)) continue;
    lines.push(kept.join(''));
  }

  let next = 0;
  const text = tidy(lines.join('\n')).replace(new RegExp(`${marker}(\\.?)`, 'g'), (_, dot: string) => {
    const value = values[next++] ?? '';
    return /[.!?…]$/.test(value) ? value : value + dot;
  });
  return { text, errors, missing: [...missing] };
}

/** The sentence's text with markers for values, or null when it must be dropped. */
function fill(sentence: Sentence, context: NoteContext, marker: string, values: string[], missing: Set<VariableName>): string | null {
  let text = '';
  const own: string[] = [];
  let empty = 0;
  let filled = 0;
  for (const part of sentence.parts) {
    if (part.type === 'text') {
      text += part.text;
      continue;
    }
    const value = contextValue(context, part.name);
    if (value) {
      own.push(value);
      text += marker;
      filled++;
    } else if (part.fallback !== undefined) {
      text += part.fallback;
      if (part.fallback) filled++;
    } else {
      missing.add(part.name);
      empty++;
    }
  }
  // A greeting loses only its empty name ("Hi,"), unless it needs one ("Dear," goes entirely).
  const drop = sentence.salutation ? Boolean(sentence.needsName) && empty > 0 && filled === 0 : empty > 0;
  if (drop) return null;
  values.push(...own);
  return text;
}

function unusedCharacter(body: string): string {
  let code = 0xe000;
  while (body.includes(String.fromCharCode(code))) code++;
  return String.fromCharCode(code);
}
