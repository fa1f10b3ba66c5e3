// First and last names from a displayed full name (decisions documented in src/core/names.ts).
import { expect, test } from 'vitest';
import { splitName } from '../../../src/core/names';

test.each([
  // [displayed name, LinkedIn's own first-name labels, first, last]
  ['Anu Priya Velamuri', ['Anu Priya'], 'Anu Priya', 'Velamuri'],
  ['Anu Priya Velamuri', [], 'Anu', 'Priya Velamuri'],
  ['Dr. Anna Maria Schmidt, PhD', [], 'Anna', 'Maria Schmidt'],
  ['Dr. Anna Maria Schmidt, PhD', ['Anna Maria'], 'Anna Maria', 'Schmidt'],
  ['Prof. Dr. Jürgen Müller', [], 'Jürgen', 'Müller'],
  ['Lena Okafor 🚀', [], 'Lena', 'Okafor'],
  ['✨ Ana 🇺🇦 Kovalenko ✨', [], 'Ana', 'Kovalenko'],
  ['Priya Raman 👩🏽‍💻', [], 'Priya', 'Raman'],
  ['J. Robert Oppenheimer', [], 'Robert', 'Oppenheimer'],
  ['Jean-Luc Picard', [], 'Jean-Luc', 'Picard'],
  ['Sam Rivera MBA', [], 'Sam', 'Rivera'],
  ['Madonna', [], 'Madonna', null],
  ['山田太郎', [], '山田太郎', null],
  ['王 小明', [], '王 小明', null],
  ['김민준', [], '김민준', null],
  ['Иван Петров', [], 'Иван', 'Петров'],
  ['Ing Wong', [], 'Ing', 'Wong'], // "Ing" without a dot is a name, not the German title
  ['Ing. Petra Novak', [], 'Petra', 'Novak'],
  ['Mateo Ibarra Kowal', ['Mat'], 'Mateo', 'Ibarra Kowal'], // a label that is not a whole-word prefix is ignored
] as const)('%s (labels %j) → %s / %s', (full, hints, first, last) => {
  expect(splitName(full, hints)).toEqual({ firstName: first, lastName: last });
});

test('no name, no parts', () => {
  expect(splitName(null)).toEqual({ firstName: null, lastName: null });
  expect(splitName('  🚀  ')).toEqual({ firstName: null, lastName: null });
});
