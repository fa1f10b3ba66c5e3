// Names from many cultures and the ways people write them on LinkedIn: what Rapport greets them
// by (firstName) and what it keeps as the rest (lastName). Decisions: src/core/names.ts.
import { expect, test } from 'vitest';
import { splitName } from '../../../src/core/names';

test.each([
  // [displayed name, first, last]
  // All capitals: title-cased, only when the whole name is in capitals.
  ['ANNA KOWALSKA', 'Anna', 'Kowalska'],
  ['JEAN-LUC O\'NEILL', 'Jean-Luc', "O'Neill"],
  ['JAN VAN DER BERG', 'Jan', 'van der Berg'],
  ['ŁUKASZ ŻÓŁKIEWSKI', 'Łukasz', 'Żółkiewski'],
  ['Anna Maria MÜLLER', 'Anna', 'Maria MÜLLER'],
  ['Anna SMITH', 'Anna', 'SMITH'],
  // Honorifics, in English and the languages the reader knows.
  ['Mr Bean', null, 'Bean'],
  ['Mrs. Doubtfire', null, 'Doubtfire'],
  ['Ms Ada Lovelace', 'Ada', 'Lovelace'],
  ['Dr. Chioma Okeke', 'Chioma', 'Okeke'],
  ['Prof. Dr. Jürgen Müller', 'Jürgen', 'Müller'],
  ['Mme Sophie Martin', 'Sophie', 'Martin'],
  ['Frau Dr. Petra Schulz', 'Petra', 'Schulz'],
  ['Sra. Lucía Fernández', 'Lucía', 'Fernández'],
  ['Pani Agnieszka Nowak', 'Agnieszka', 'Nowak'],
  ['Miss Marple', null, 'Marple'],
  // "Last, First".
  ['van der Berg, Jan', 'Jan', 'van der Berg'],
  ['Tanaka, Hiroshi', 'Hiroshi', 'Tanaka'],
  ['Smith-Jones, Mary', 'Mary', 'Smith-Jones'],
  ['de la Cruz, Juan Carlos', 'Juan', 'Carlos de la Cruz'],
  ['KOWALSKA, ANNA', 'Anna', 'Kowalska'],
  // Credentials and pronouns after a comma or in parentheses are not names.
  ['Jane Doe (She/Her)', 'Jane', 'Doe'],
  ['Alex Kim (they/them) 🌈', 'Alex', 'Kim'],
  ['Sam Rivera, he/him', 'Sam', 'Rivera'],
  ['Dr. Anna Maria Schmidt, PhD', 'Anna', 'Maria Schmidt'],
  ['Priya Natarajan, CSPO', 'Priya', 'Natarajan'],
  ['Thomas Weber, Dipl.-Ing.', 'Thomas', 'Weber'],
  ['Anna (Ania) Kowalska', 'Anna', '(Ania) Kowalska'], // a nickname is kept: it is the person's own
  // Family name first.
  ['山田太郎', '山田太郎', null],
  ['王 小明', '王 小明', null],
  ['김민준', '김민준', null],
  ['YAMADA Taro', 'Taro', 'YAMADA'],
  ['KIM Min-jun', 'Min-jun', 'KIM'],
  ['LI Wei', 'Wei', 'LI'],
  // Particles and compound family names.
  ['Ludwig van Beethoven', 'Ludwig', 'van Beethoven'],
  ['María José García López', 'María', 'José García López'],
  ['Mohammed bin Salman', 'Mohammed', 'bin Salman'],
  ['Seán Ó Briain', 'Seán', 'Ó Briain'],
  // Hyphenated.
  ['Anne-Marie Dupont-Moretti', 'Anne-Marie', 'Dupont-Moretti'],
  // Single names.
  ['Madonna', 'Madonna', null],
  ['Suharto 🇮🇩', 'Suharto', null],
  // Emoji anywhere.
  ['🚀 Lena 🚀 Okafor', 'Lena', 'Okafor'],
  ['Иван Петров', 'Иван', 'Петров'],
  ['Venkata Ramana Reddy', 'Venkata', 'Ramana Reddy'],
] as const)('%s → %s / %s', (full, first, last) => {
  expect(splitName(full)).toEqual({ firstName: first, lastName: last });
});

test('LinkedIn\'s own first-name label still wins, in the name\'s corrected spelling', () => {
  expect(splitName('ANU PRIYA VELAMURI', ['Anu Priya'])).toEqual({ firstName: 'Anu Priya', lastName: 'Velamuri' });
  expect(splitName('Jane Doe (She/Her)', ['Jane'])).toEqual({ firstName: 'Jane', lastName: 'Doe' });
});
