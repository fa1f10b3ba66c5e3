// contextValue() skips its RegExps for values that are already tidy (most names and companies);
// the result must be what the RegExps give, for any value.
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { contextValue } from '../../../../src/core/template/variables';
import '../../fast-check-seed';

const byRegExps = (raw: string) => raw.replace(/\s+/g, ' ').trim().replace(/\s*[,;:]+$/, '');

test('property: a value is cleaned as the RegExps clean it', () => {
  const value = fc.oneof(
    fc.string({ unit: fc.constantFrom('a', 'Z', '5', ' ', '  ', '\t', '\n', '\u00a0', '\u3000', ',', ';', ':', '.', '~', '\u007f', 'é', '😀'), maxLength: 16 }),
    fc.string({ unit: 'binary', maxLength: 20 }),
  );
  fc.assert(fc.property(value, (raw) => {
    expect(contextValue({ company: raw }, 'company')).toBe(byRegExps(raw));
  }), { numRuns: 3000 });
});
