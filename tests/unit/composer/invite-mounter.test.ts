// The note composer as content.js mounts it (composer/invite-mounter.ts): what an invitation's
// reports say, and LinkedIn's weekly-limit dialog right after a Send taking that invitation back.
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import type { ComposerDeps } from '../../../src/composer/mount';
import { inviteMounter, type InviteReport } from '../../../src/composer/invite-mounter';
import type { InviteDialog } from '../../../src/linkedin';

const given = vi.hoisted(() => ({ deps: [] as ComposerDeps[] }));
vi.mock('../../../src/composer/mount', () => ({
  mountComposer: (_dialog: unknown, deps: ComposerDeps) => {
    given.deps.push(deps);
    return { unmount: () => undefined, isConnected: () => true };
  },
}));

const dialog = (stage: string) => ({ root: document.createElement('div'), stage }) as unknown as InviteDialog;
let recorded: [InviteReport, string | null][];
let ids = 0;
function mounter() {
  return inviteMounter({
    profile: () => null,
    data: () => ({}) as never,
    refresh: async () => ({}) as never,
    current: () => null,
    painted: (d) => d.stage === 'note',
    record: (r, who) => recorded.push([r, who]),
    newReportId: () => `id${++ids}`,
  });
}
const sent = { type: 'invitation.sent', profileUrl: 'https://www.linkedin.com/in/ana/', name: 'Ana', note: '' } as never;

beforeEach(() => {
  vi.useFakeTimers();
  recorded = [];
  given.deps.length = 0;
});
afterEach(() => vi.useRealTimers());

test('a Send is recorded with its time; the limit dialog right after it takes it back, once', () => {
  const mount = mounter();
  mount(dialog('note'));
  given.deps[0]!.report(sent);
  expect(recorded[0]).toEqual([expect.objectContaining({ type: 'invitation.sent', reportId: 'id1', sentAt: new Date().toISOString() }), 'Ana']);
  vi.advanceTimersByTime(5000);
  mount(dialog('weekly-limit'));
  mount(dialog('weekly-limit'));
  expect(recorded.slice(1)).toEqual([[{ type: 'invitation.refused', profileUrl: 'https://www.linkedin.com/in/ana/', sentReportId: 'id1', reportId: 'id2' }, 'Ana']]);
});

test('a limit dialog a minute after the Send, or with no Send before it, takes nothing back', () => {
  const mount = mounter();
  mount(dialog('weekly-limit'));
  mount(dialog('note'));
  given.deps[1]!.report(sent);
  vi.advanceTimersByTime(61_000);
  mount(dialog('weekly-limit'));
  expect(recorded.map(([r]) => r.type)).toEqual(['invitation.sent']);
});

test('each dialog asks whether its own step was painted; corrections are recorded without a notice', () => {
  const mount = mounter();
  mount(dialog('note'));
  mount(dialog('first'));
  expect(given.deps.map((d) => d.painted?.())).toEqual([true, false]);
  given.deps[0]!.correct?.('https://www.linkedin.com/in/ana/', {});
  expect(recorded).toEqual([[expect.objectContaining({ type: 'profile.correct' }), null]]);
});
