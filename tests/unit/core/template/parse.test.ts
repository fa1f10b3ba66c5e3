// The template parser: variables, fallbacks, and every malformed tag reported with its position.
import { describe, expect, test } from 'vitest';
import { parseTemplate, templateVariables } from '../../../../src/core/template';
import { lineAndColumn } from '../../../../src/core/template/position';

describe('parseTemplate', () => {
  test('splits text and variables, keeping each index', () => {
    const { parts, errors } = parseTemplate('Hi {{firstName}}, hello');
    expect(errors).toEqual([]);
    expect(parts).toEqual([
      { type: 'text', text: 'Hi ', index: 0 },
      { type: 'variable', name: 'firstName', index: 3, length: 13 },
      { type: 'text', text: ', hello', index: 16 },
    ]);
  });

  test('accepts every documented variable, with spaces inside the braces', () => {
    for (const { name } of templateVariables) {
      const { parts, errors } = parseTemplate(`{{ ${name} }}`);
      expect(errors).toEqual([]);
      expect(parts).toEqual([{ type: 'variable', name, index: 0, length: name.length + 6 }]);
    }
    expect(templateVariables.map((v) => v.name)).toEqual([
      'firstName', 'lastName', 'fullName', 'company', 'headline', 'school', 'location',
      'mutualName', 'mutualCount', 'myName', 'myInterest', 'commonGround', 'sharedSchool', 'sharedCompany', 'newRole',
    ]);
  });

  test('reads a fallback after "|", trimmed and on one line; an empty one is kept as ""', () => {
    const [withFallback] = parseTemplate('{{company | your\n  team }}').parts;
    expect(withFallback).toMatchObject({ type: 'variable', name: 'company', fallback: 'your team' });
    const [empty] = parseTemplate('{{company|}}').parts;
    expect(empty).toMatchObject({ name: 'company', fallback: '' });
    const [none] = parseTemplate('{{company}}').parts;
    expect(none).not.toHaveProperty('fallback');
    const [bars] = parseTemplate('{{company|a|b}}').parts;
    expect(bars).toMatchObject({ fallback: 'a|b' });
  });

  test('single braces are ordinary text', () => {
    const { parts, errors } = parseTemplate('a {b} c } { d');
    expect(errors).toEqual([]);
    expect(parts).toEqual([{ type: 'text', text: 'a {b} c } { d', index: 0 }]);
  });

  test('an unknown variable is an error at its position, suggesting the right spelling', () => {
    const { errors, parts } = parseTemplate('Hi {{first_name}} at {{employer}}');
    expect(errors).toMatchObject([
      { index: 3, length: 14, line: 1, column: 4, message: expect.stringContaining('did you mean {{firstName}}') },
      { index: 21, length: 12, line: 1, column: 22, message: 'Unknown variable "{{employer}}".' },
    ]);
    // Kept as literal text, so nothing is silently lost.
    expect(parts).toEqual([{ type: 'text', text: 'Hi {{first_name}} at {{employer}}', index: 0 }]);
  });

  test('unbalanced braces are errors with line and column', () => {
    const body = 'Hello\nthere }} and\n  {{firstName';
    const { errors } = parseTemplate(body);
    expect(errors).toMatchObject([
      { index: 12, length: 2, line: 2, column: 7, message: 'This "}}" has no "{{" before it.' },
      { index: 21, length: 2, line: 3, column: 3, message: 'This "{{" is never closed with "}}".' },
    ]);
  });

  test('an opening tag interrupted by another is reported, and the second still parses', () => {
    const { errors, parts } = parseTemplate('{{company {{firstName}}');
    expect(errors).toMatchObject([{ index: 0, length: 2, message: expect.stringContaining('never closed') }]);
    expect(parts.at(-1)).toMatchObject({ type: 'variable', name: 'firstName', index: 10 });
  });

  test('triple braces, empty tags and a missing name are errors', () => {
    const { errors } = parseTemplate('{{{firstName}}} {{}} {{ | x}} {{firstName}}}');
    expect(errors.map((e) => e.message)).toEqual([
      'Use exactly two braces on each side, like {{firstName}}.',
      'Empty "{{}}": put a variable name inside.',
      'Put a variable name before the "|".',
      'Use exactly two braces on each side, like {{firstName}}.',
    ]);
    expect(errors.map((e) => e.index)).toEqual([0, 16, 21, 30]);
  });

  test('a very long unknown name is shortened in the message', () => {
    const { errors } = parseTemplate(`{{${'x'.repeat(80)}}}`);
    expect(errors[0]?.message).toBe(`Unknown variable "{{${'x'.repeat(30)}…}}".`);
  });

  test('line and column count UTF-16 code units and every kind of line break', () => {
    expect(lineAndColumn('ab', 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn('😀{{', 2)).toEqual({ line: 1, column: 3 });
    expect(lineAndColumn('a\r\nb\rc\nd{{', 8)).toEqual({ line: 4, column: 2 });
  });
});
