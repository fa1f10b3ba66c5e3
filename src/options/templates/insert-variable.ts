// Inserting `{{name}}` where the caret is in the template body, replacing any selection.
export interface Insertion {
  body: string;
  /** Where the caret goes afterwards: right after the inserted tag. */
  caret: number;
}

export function insertAt(body: string, start: number, end: number, text: string): Insertion {
  const from = Math.max(0, Math.min(start, body.length));
  const to = Math.max(from, Math.min(end, body.length));
  return { body: body.slice(0, from) + text + body.slice(to), caret: from + text.length };
}

export const variableTag = (name: string) => `{{${name}}}`;
