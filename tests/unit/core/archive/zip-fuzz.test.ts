// Damaged zips of every kind come back as a value — LinkedIn files or one ImportError — and
// never as a thrown exception that would reach the options page.
import fc from 'fast-check';
import { zipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { readImportFile } from '../../../../src/options/archive';
import { fixture } from './archive-helpers';

const zip = zipSync({
  'Basic/Invitations.csv': fixture('Invitations.csv'),
  'Basic/Connections.csv': fixture('Connections.csv'),
  'Basic/messages.csv': new TextEncoder().encode('FROM,TO\na,b\n'),
});

describe('damaged zips', () => {
  test('random byte changes and cuts never throw', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ at: fc.nat(zip.length - 1), value: fc.integer({ min: 0, max: 255 }) }), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 4, max: zip.length }),
        async (changes, length) => {
          const damaged = zip.slice(0, length);
          for (const { at, value } of changes) if (at < damaged.length) damaged[at] = value;
          const result = await readImportFile(damaged);
          expect(['linkedin', 'error']).toContain(result.kind);
        },
      ),
      { numRuns: 500 },
    );
  });

  test('changes aimed at the central directory (sizes, offsets, zip64 markers) never throw', async () => {
    const directoryStart = zip.length - 300;
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({ at: fc.integer({ min: directoryStart, max: zip.length - 1 }), run: fc.integer({ min: 1, max: 8 }), value: fc.constantFrom(0x00, 0xff, 0x01, 0x50) }),
          { minLength: 1, maxLength: 6 },
        ),
        async (changes) => {
          const damaged = zip.slice();
          for (const { at, run, value } of changes) damaged.fill(value, at, Math.min(at + run, damaged.length));
          const result = await readImportFile(damaged);
          expect(['linkedin', 'error']).toContain(result.kind);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
