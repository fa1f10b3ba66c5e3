// Malformed and hostile backup files: each one is refused with a clear message that says where
// the problem is, and storage stays byte-identical (validate all, then apply all, or nothing).
import { describe, expect, it } from 'vitest';
import { createBackground } from './background';

const ok = { id: 'a', profileUrl: 'https://www.linkedin.com/in/ana/', name: 'Ana', sentAt: '2026-11-01T09:00:00Z', status: 'pending' };
const wrap = (parts: object) => JSON.stringify({ format: 'rapport-backup', version: 1, templates: [], invitations: [ok], ...parts });
const valid = wrap({});

const hostile: [string, string, RegExp][] = [
  ['empty file', '', /empty/],
  ['whitespace only', '  \n\t ', /empty/],
  ['truncated JSON', valid.slice(0, valid.length - 7), new RegExp(`The file ends early \\(at byte ${valid.length - 7}\\)`)],
  ['truncated inside a string', valid.slice(0, valid.indexOf('Ana') + 2), /ends early \(at byte \d+\)/],
  ['not JSON at all', '{format: rapport-backup}', /not valid JSON/],
  ['a JSON array', '[1,2,3]', /not a Rapport backup/],
  ['a plain JSON object', '{"hello":"world"}', /format/],
  ['wrong format name', JSON.stringify({ format: 'other-tool', version: 1 }), /format/],
  ['newer version', JSON.stringify({ format: 'rapport-backup', version: 3 }), /newer Rapport/],
  ['version as a string', JSON.stringify({ format: 'rapport-backup', version: '1' }), /Unknown backup version/],
  ['invitations not an array', wrap({ invitations: { 0: ok } }), /invitations/],
  ['sentAt not a date', wrap({ invitations: [{ ...ok, sentAt: 'last Tuesday' }] }), /invitations\[0\]\.sentAt/],
  ['status unknown', wrap({ invitations: [{ ...ok, status: 'ghosted' }] }), /invitations\[0\]\.status/],
  ['name a number', wrap({ invitations: [{ ...ok, name: 42 }] }), /invitations\[0\]\.name/],
  ['huge string', wrap({ invitations: [{ ...ok, note: 'x'.repeat(100_000) }] }), /invitations\[0\]\.note/],
  ['huge template body', wrap({ templates: [{ id: 't', name: 'T', body: 'y'.repeat(50_000) }] }), /templates\[0\]\.body/],
  ['not a profile URL', wrap({ invitations: [{ ...ok, profileUrl: 'https://evil.example/phish' }] }), /invitations\[0\]\.profileUrl/],
  ['javascript: URL', wrap({ invitations: [{ ...ok, profileUrl: 'javascript:alert(1)//in/x' }] }), /invitations\[0\]\.profileUrl/],
  ['duplicate invitation ids', wrap({ invitations: [ok, { ...ok, profileUrl: 'https://www.linkedin.com/in/bo/' }] }), /invitations\[1\]\.id: "a" is already used by invitations\[0\]/],
  ['duplicate template ids', wrap({ templates: [{ id: 't', name: 'A', body: '' }, { id: 't', name: 'B', body: '' }] }), /templates\[1\]\.id/],
  ['__proto__ key', `{"format":"rapport-backup","version":1,"invitations":[],"__proto__":{"polluted":true}}`, /__proto__: key not allowed/],
  ['nested constructor.prototype', wrap({ settings: { constructor: { prototype: { polluted: true } } } }), /settings\.constructor: key not allowed/],
  ['__proto__ inside an invitation', `{"format":"rapport-backup","version":1,"invitations":[{"__proto__":{"status":"accepted"},"id":"a"}]}`, /invitations\[0\]\.__proto__/],
  ['settings out of range', wrap({ settings: { followUpAfterDays: -3 } }), /settings\.followUpAfterDays/],
  ['settings wrong type', wrap({ settings: { noteLimit: 250 } }), /settings\.noteLimit/],
  ['a CSV with formulas', 'name,profileUrl\n=HYPERLINK("http://evil"),https://www.linkedin.com/in/x/\n', /CSV/],
  ['a LinkedIn CSV', 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\n', /not a Rapport backup/],
  ['deeply nested junk', `{"format":"rapport-backup","version":1,"settings":${'['.repeat(5000)}${']'.repeat(5000)}}`, /more than 64 levels deep \(at byte 113\)/],
  ['arrays nested 120,000 deep', `{"a":${'['.repeat(120_000)}${']'.repeat(120_000)}}`, /more than 64 levels deep/],
  ['objects nested 30,000 deep', `${'{"a":'.repeat(30_000)}1${'}'.repeat(30_000)}`, /more than 64 levels deep/],
  ['nested 65 deep (one past the cap)', `${'{"a":'.repeat(65)}1${'}'.repeat(65)}`, /more than 64 levels deep/],
  ['too many problems are capped', wrap({ invitations: Array.from({ length: 300 }, (_, i) => ({ ...ok, id: `x${i}`, status: 'nope' })) }), /invitations\[0\]\.status/],
];

describe('hostile backup imports', () => {
  it.each(hostile)('%s → clear error, storage byte-identical', async (_name, text, expected) => {
    const bg = createBackground();
    await bg.send({ type: 'invitation-sent', profileUrl: 'https://www.linkedin.com/in/zed/', name: 'Zed', note: 'hello' });
    const before = bg.local.dump() + bg.sync.dump();
    for (const mode of ['merge', 'replace'] as const) {
      const failure = await bg.send({ type: 'backup.import', mode, text }).then(() => null, (error: unknown) => error as { code: string; message: string; details: string[] });
      expect(failure?.code).toBe('invalid-import');
      expect(`${failure?.message}\n${failure?.details.join('\n')}`).toMatch(expected);
      expect(failure!.details.length).toBeLessThanOrEqual(51);
    }
    expect(bg.local.dump() + bg.sync.dump()).toBe(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('accepts the valid file the hostile ones are made from (the cases fail for their own reason)', async () => {
    const bg = createBackground();
    await expect(bg.send({ type: 'backup.import', mode: 'merge', text: valid })).resolves.toMatchObject({ invitations: { added: 1 } });
  });

  it('refuses a file over 50 MB before parsing it', async () => {
    const bg = createBackground();
    const text = `{"format":"rapport-backup","version":1,"pad":"${'x'.repeat(50 * 1024 * 1024)}"}`;
    await expect(bg.send({ type: 'backup.import', mode: 'merge', text })).rejects.toMatchObject({ message: expect.stringMatching(/too large/) });
  });
});
