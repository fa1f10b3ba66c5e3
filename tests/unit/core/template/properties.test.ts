// Properties of rendering and counting that must hold for any input, checked with fast-check.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { countNote, normalizeLineBreaks } from '../../../../src/core/count';
import { truncateToLimit } from '../../../count-model';
import { parseTemplate, renderTemplate, templateVariables, type NoteContext, type VariableName } from '../../../../src/core/template';
import { lineAndColumn } from '../../../../src/core/template/position';
import { tidy } from '../../../../src/core/template/tidy';
import { contextValue } from '../../../../src/core/template/variables';

const names = templateVariables.map((v) => v.name);
const name = fc.constantFrom(...names);

/** Strings rich in the characters the language and the tidy rules care about. */
const tricky = fc.string({
  unit: fc.constantFrom('a', 'B', ' ', '  ', '\n', '\r\n', '\r', '{', '}', '{{', '}}', '|', '.', ',', '!', '?', ':', '—', '(', ')', '[', ']', 'Hi ', 'Dear ', 'Dr. ', '😀', 'é', '\u0301', '\ue000', '"'),
  maxLength: 40,
});
const anyText = fc.oneof(tricky, fc.string({ unit: 'binary', maxLength: 60 }), fc.string({ maxLength: 60 }));

/** Literal template text: anything without a brace. */
const literal = fc.oneof(tricky, fc.string({ unit: 'binary', maxLength: 30 })).map((s) => s.replace(/[{}]/g, ''));
const tag = fc.record({ name, fallback: fc.option(literal.map((s) => s.replace(/\|/g, '')), { nil: undefined }) })
  .map(({ name: n, fallback }) => (fallback === undefined ? `{{${n}}}` : `{{${n}|${fallback}}}`));
/** A template that parses without errors. */
const validTemplate = fc.array(fc.oneof(literal, tag), { maxLength: 12 }).map((parts) => parts.join(''));

const contextOf = (value: fc.Arbitrary<string>) =>
  fc.record(Object.fromEntries(names.map((n) => [n, value])) as Record<VariableName, fc.Arbitrary<string>>, { requiredKeys: [] }) as fc.Arbitrary<NoteContext>;

/** Values that survive cleaning unchanged: no edge whitespace, no runs of it, no trailing ,;:. */
const word = fc.string({ unit: fc.constantFrom('a', 'Z', 'é', '😀', '{{', '}}', '<img>', '.', '-', '&', '0'), minLength: 1, maxLength: 6 });
const plainValue = fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(' '));

const config = { numRuns: 400 };

describe('renderTemplate properties', () => {
  test('never throws, and every error points at its range with the right line and column', () => {
    fc.assert(
      fc.property(anyText, contextOf(anyText), (body, context) => {
        const r = renderTemplate(body, context);
        expect(typeof r.text).toBe('string');
        for (const e of r.errors) {
          expect(e.length).toBeGreaterThan(0);
          expect(body.slice(e.index, e.index + e.length)).toMatch(/^[{}]/);
          expect(lineAndColumn(body, e.index)).toEqual({ line: e.line, column: e.column });
        }
      }),
      config,
    );
  });

  test('a valid template has no errors, and its output has no "{{" unless a value brought it', () => {
    fc.assert(
      fc.property(validTemplate, contextOf(anyText), (body, context) => {
        const r = renderTemplate(body, context);
        expect(r.errors).toEqual([]);
        const valuesHaveBraces = names.some((n) => contextValue(context, n).includes('{') || contextValue(context, n).includes('}'));
        if (!valuesHaveBraces) expect(r.text).not.toMatch(/\{\{|\}\}/);
      }),
      config,
    );
  });

  test('a template without tags renders to tidy(text)', () => {
    fc.assert(
      fc.property(anyText.filter((s) => !s.includes('{{') && !s.includes('}}')), contextOf(anyText), (body, context) => {
        expect(renderTemplate(body, context)).toEqual({ text: tidy(body), errors: [], missing: [] });
      }),
      config,
    );
  });

  test('with every variable filled, each value appears verbatim and nothing is missing', () => {
    fc.assert(
      // A mutual count of zero is "none" by design (variables.ts), so it is not a filled value.
      fc.property(validTemplate, fc.record(Object.fromEntries(names.map((n) => [n, n === 'mutualCount' ? plainValue.filter((v) => !/^0+$/.test(v)) : plainValue])) as Record<VariableName, fc.Arbitrary<string>>), (body, context) => {
        const r = renderTemplate(body, context);
        expect(r.missing).toEqual([]);
        for (const part of parseTemplate(body).parts) {
          if (part.type === 'variable') expect(r.text).toContain(context[part.name]);
        }
      }),
      config,
    );
  });

  test('with nothing known, the note never shows a gap: no "{{", " ,", " .", double spaces or edge spaces', () => {
    fc.assert(
      fc.property(validTemplate, (body) => {
        const { text } = renderTemplate(body, {});
        expect(text).not.toContain('{{');
        expect(text).not.toMatch(/ [,.!?]|[^\S\n]{2}|^\s|\s$/);
        expect(text).not.toMatch(/\n{3}/);
      }),
      config,
    );
  });

  test('missing lists exactly the tags without fallback whose value is empty', () => {
    fc.assert(
      fc.property(validTemplate, contextOf(fc.constantFrom('', ' ', 'x')), (body, context) => {
        const expected = new Set<string>();
        for (const p of parseTemplate(body).parts) {
          if (p.type === 'variable' && p.fallback === undefined && !contextValue(context, p.name)) expected.add(p.name);
        }
        expect(new Set(renderTemplate(body, context).missing)).toEqual(expected);
      }),
      config,
    );
  });
});

describe('countNote properties', () => {
  const note = fc.oneof(anyText, fc.string({ unit: fc.constantFrom('a', '\r', '\n', '\r\n', '😀', '👩‍👩‍👧', 'e\u0301'), maxLength: 50 }));

  test('equals the UTF-16 length after line-break normalization', () => {
    fc.assert(fc.property(note, (s) => countNote(s) === normalizeLineBreaks(s).length), config);
  });

  test('is additive, except that "\\r" + "\\n" across the seam is one break', () => {
    fc.assert(
      fc.property(note, note, (a, b) => {
        const seam = a.endsWith('\r') && b.startsWith('\n') ? 1 : 0;
        expect(countNote(a + b)).toBe(countNote(a) + countNote(b) - seam);
      }),
      config,
    );
  });

  test('truncateToLimit keeps the longest normalized prefix that fits, never half an emoji', () => {
    fc.assert(
      fc.property(note, fc.integer({ min: 0, max: 60 }), (s, limit) => {
        const kept = truncateToLimit(s, limit);
        const whole = normalizeLineBreaks(s);
        expect(whole.startsWith(kept)).toBe(true);
        expect(countNote(kept) <= limit).toBe(true);
        expect(countNote(kept)).toBeGreaterThanOrEqual(Math.min(limit, whole.length) - 1);
        if (kept.length < whole.length) expect(/[\ud800-\udbff]$/.test(kept)).toBe(false);
        expect(countNote(s) <= limit).toBe(kept === whole);
      }),
      config,
    );
  });
});
