// messages.csv holds private conversations: it must never be decompressed, not even partly.
// Two independent proofs: every inflation is recorded (the module is wrapped), and messages.csv
// is given a deliberately broken deflate stream that would fail the import if it were touched.
import { strToU8, zipSync } from 'fflate';
import { describe, expect, test, vi } from 'vitest';
import { fixture, readLinkedIn } from './archive-helpers';

const inflations = vi.hoisted(() => ({ inputs: [] as Uint8Array[] }));
vi.mock('../../../../src/options/archive/inflate-capped', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../../src/options/archive/inflate-capped')>();
  return {
    inflateCapped: (compressed: Uint8Array, limit: number) => {
      inflations.inputs.push(compressed);
      return original.inflateCapped(compressed, limit);
    },
  };
});

/** Overwrites an entry's compressed bytes (found by their known content) with garbage. */
function breakEntry(zip: Uint8Array, compressed: Uint8Array): Uint8Array {
  const copy = zip.slice();
  outer: for (let at = 0; at + compressed.length <= copy.length; at += 1) {
    for (let i = 0; i < compressed.length; i += 1) if (copy[at + i] !== compressed[i]) continue outer;
    copy.fill(0xff, at, at + compressed.length);
    return copy;
  }
  throw new Error('entry data not found');
}

describe('messages.csv is never inflated', () => {
  test('only the two LinkedIn files reach the inflater', async () => {
    const messages = strToU8('CONVERSATION ID,CONVERSATION TITLE,FROM,TO,DATE,CONTENT\n'.repeat(200));
    const zip = zipSync({
      'Basic_LinkedInDataExport_11-20-2026/messages.csv': messages,
      'Basic_LinkedInDataExport_11-20-2026/Connections.csv': fixture('Connections.csv'),
      'Basic_LinkedInDataExport_11-20-2026/Invitations.csv': fixture('Invitations.csv'),
    });
    // The deflate stream of messages.csv alone, to find and break it in the archive.
    const messagesDeflated = zipSync({ m: messages }).subarray(30 + 1, 30 + 1 + 40);
    const poisoned = breakEntry(zip, messagesDeflated);

    inflations.inputs.length = 0;
    const result = await readLinkedIn(poisoned);

    expect(result.files.map((file) => file.kind).sort()).toEqual(['connections', 'invitations']);
    expect(result.opened.map((name) => name.split('/').pop())).toEqual(['Connections.csv', 'Invitations.csv']);
    expect(result.notOpened).toBe(1);
    expect(inflations.inputs).toHaveLength(2);
    expect(inflations.inputs.some((input) => input.includes(0xff) && input.every((byte) => byte === 0xff))).toBe(false);
  });
});
