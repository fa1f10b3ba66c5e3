// Template syntax: `{{name}}` or `{{name|fallback}}`, whitespace inside the braces tolerated.
// Only the double braces are syntax; a single `{` or `}` is ordinary text. Anything malformed is
// reported with its position and kept as literal text, never silently dropped or guessed at.
import { lineAndColumn } from './position';
import { suggestVariable } from './suggest';
import { isVariableName, type VariableName } from './variables';

export interface TextPart {
  type: 'text';
  text: string;
  index: number;
}

export interface VariablePart {
  type: 'variable';
  name: VariableName;
  /** Undefined when the tag has no `|`; '' for `{{name|}}` ("leave it out, keep the sentence"). */
  fallback?: string;
  index: number;
  length: number;
}

export type TemplatePart = TextPart | VariablePart;

export interface TemplateError {
  /** Where the problem starts in the template body, in UTF-16 code units. */
  index: number;
  length: number;
  line: number;
  column: number;
  message: string;
}

export interface ParsedTemplate {
  parts: TemplatePart[];
  errors: TemplateError[];
}

/** Index just past the run of `char` that starts at `from`. */
function runEnd(body: string, from: number, char: string): number {
  let i = from;
  while (body[i] === char) i++;
  return i;
}

export function parseTemplate(body: string): ParsedTemplate {
  const parts: TemplatePart[] = [];
  const errors: TemplateError[] = [];
  let text = '';
  let textIndex = 0;
  const addText = (from: number, to: number) => {
    if (!text) textIndex = from;
    text += body.slice(from, to);
  };
  const fail = (index: number, end: number, message: string) => {
    errors.push({ index, length: end - index, ...lineAndColumn(body, index), message });
    addText(index, end);
  };

  let i = 0;
  while (i < body.length) {
    const open = body.indexOf('{{', i);
    const close = body.indexOf('}}', i);
    if (open < 0 && close < 0) {
      addText(i, body.length);
      break;
    }
    if (open < 0 || (close >= 0 && close < open)) {
      addText(i, close);
      i = runEnd(body, close, '}');
      fail(close, i, 'This "}}" has no "{{" before it.');
      continue;
    }
    addText(i, open);
    const inner = runEnd(body, open, '{');
    const end = body.indexOf('}}', inner);
    const nextOpen = body.indexOf('{{', inner);
    if (end < 0 || (nextOpen >= 0 && nextOpen < end)) {
      i = inner;
      fail(open, i, 'This "{{" is never closed with "}}".');
      continue;
    }
    i = runEnd(body, end, '}');
    if (inner - open > 2 || i - end > 2) {
      fail(open, i, 'Use exactly two braces on each side, like {{firstName}}.');
      continue;
    }
    const content = body.slice(inner, end);
    const bar = content.indexOf('|');
    const name = (bar < 0 ? content : content.slice(0, bar)).trim();
    if (!isVariableName(name)) {
      fail(open, i, unknownMessage(name, bar >= 0));
      continue;
    }
    if (text) parts.push({ type: 'text', text, index: textIndex });
    text = '';
    const part: VariablePart = { type: 'variable', name, index: open, length: i - open };
    if (bar >= 0) part.fallback = content.slice(bar + 1).replace(/\s+/g, ' ').trim();
    parts.push(part);
  }
  if (text) parts.push({ type: 'text', text, index: textIndex });
  return { parts, errors };
}

function unknownMessage(name: string, hasFallback: boolean): string {
  if (!name) return hasFallback ? 'Put a variable name before the "|".' : 'Empty "{{}}": put a variable name inside.';
  const shown = name.length > 30 ? `${name.slice(0, 30)}…` : name;
  const suggestion = suggestVariable(name);
  return `Unknown variable "{{${shown}}}"${suggestion ? `; did you mean {{${suggestion}}}?` : '.'}`;
}
