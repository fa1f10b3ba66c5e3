// What importing a backup does, computed in full before anything is written, so the preview and
// the import agree and the import either applies entirely or not at all.
// - replace: the backup becomes the data (settings: defaults plus what the backup sets);
// - merge: the backup is added to what is there. Templates match by id (the newer edit wins);
//   invitations match by person + send time (or id), and a match only ever takes a status that
//   changed later than the stored one.
import { profileKey } from '../profile-key';
import { Settings, type Invitation, type Settings as SettingsT, type Template } from '../schemas';
import type { BackupFile, StoreSnapshot } from './format';
import { mergedConversation } from '../conversation';
import { planCorrections } from './corrections';

export const importModes = ['merge', 'replace'] as const;
export type ImportMode = (typeof importModes)[number];

export interface ImportSummary {
  mode: ImportMode;
  templates: { added: number; updated: number; unchanged: number; removed: number };
  invitations: { added: number; updated: number; duplicates: number; removed: number };
  settingsChanged: string[];
  /** People whose corrections the import adds, changes or (replace) removes. */
  corrections?: { added: number; updated: number; removed: number };
}

export interface ImportPlan {
  next: StoreSnapshot;
  summary: ImportSummary;
}

export function invitationIdentity(invitation: Pick<Invitation, 'profileUrl' | 'sentAt'>): string {
  return identityOf(invitation);
}

function identityOf(invitation: Pick<Invitation, 'profileUrl' | 'sentAt'>): string {
  return `${profileKey(invitation.profileUrl) ?? invitation.profileUrl}|${Date.parse(invitation.sentAt)}`;
}

export function planBackupImport(current: StoreSnapshot, backup: BackupFile, mode: ImportMode, newId: () => string): ImportPlan {
  // Each record's identity is worked out once: the planner runs inside the single-writer queue
  // and looks at every invitation several times (100,000 of them at most).
  const identities = new WeakMap<Invitation, string>();
  const identityFor = (invitation: Invitation) => {
    let identity = identities.get(invitation);
    if (identity === undefined) identities.set(invitation, (identity = identityOf(invitation)));
    return identity;
  };
  const templates = mergeTemplates(mode === 'replace' ? [] : current.templates, backup.templates);
  const invitations = mergeInvitations(mode === 'replace' ? [] : current.invitations, backup.invitations, newId, identityFor);
  const corrections = planCorrections(current.corrections ?? [], backup.corrections, mode);
  const settings = Settings.parse({ ...(mode === 'replace' ? {} : current.settings), ...backup.settings });
  const countRemoved = <T>(before: readonly T[], after: readonly T[], same: (a: T, b: T) => boolean) =>
    before.filter((a) => !after.some((b) => same(a, b))).length;
  const previousIds = new Set(current.templates.map((t) => t.id));
  const changedTemplate = (id: string) => !sameTemplate(templates.list.find((t) => t.id === id)!, current.templates.find((c) => c.id === id)!);
  const previousInvitations = new Map(current.invitations.map((i) => [identityFor(i), i]));
  return {
    next: { templates: templates.list, invitations: invitations.list, settings, corrections: corrections.list },
    summary: {
      mode,
      templates: {
        added: backup.templates.filter((t) => !previousIds.has(t.id)).length,
        updated: backup.templates.filter((t) => previousIds.has(t.id) && changedTemplate(t.id)).length,
        unchanged: backup.templates.filter((t) => previousIds.has(t.id) && !changedTemplate(t.id)).length,
        removed: countRemoved(current.templates, templates.list, (a, b) => a.id === b.id),
      },
      invitations: {
        added: invitations.list.filter((i) => !previousInvitations.has(identityFor(i))).length,
        updated: invitations.list.filter((i) => {
          const before = previousInvitations.get(identityFor(i));
          return before !== undefined && JSON.stringify(before) !== JSON.stringify(i);
        }).length,
        duplicates: invitations.duplicates,
        removed: mode === 'replace' ? [...previousInvitations.keys()].filter((k) => !invitations.identities.has(k)).length : 0,
      },
      settingsChanged: changedKeys(current.settings, settings),
      corrections: { added: corrections.added, updated: corrections.updated, removed: corrections.removed },
    },
  };
}

function sameTemplate(a: Template, b: Template): boolean {
  return a.name === b.name && a.body === b.body && a.kind === b.kind;
}

function mergeTemplates(base: readonly Template[], incoming: readonly Template[]): { list: Template[] } {
  const list = [...base];
  for (const template of incoming) {
    const at = list.findIndex((t) => t.id === template.id);
    if (at < 0) list.push(template);
    else if (!sameTemplate(list[at]!, template) && !isNewer(list[at]!.updatedAt, template.updatedAt)) list[at] = template;
  }
  return { list };
}

function isNewer(a: string | undefined, b: string | undefined): boolean {
  return Boolean(a && b && Date.parse(a) > Date.parse(b));
}

function mergeInvitations(base: readonly Invitation[], incoming: readonly Invitation[], newId: () => string, identityFor: (invitation: Invitation) => string) {
  const list = [...base];
  const byIdentity = new Map(list.map((inv, index) => [identityFor(inv), index]));
  const ids = new Set(list.map((i) => i.id));
  let duplicates = 0;
  for (const invitation of incoming) {
    const identity = identityFor(invitation);
    const at = byIdentity.get(identity);
    if (at !== undefined) {
      const stored = list[at]!;
      let merged = stored;
      if (isNewer(invitation.statusChangedAt, stored.statusChangedAt) || (invitation.statusChangedAt && !stored.statusChangedAt)) {
        merged = { ...stored, status: invitation.status, statusChangedAt: invitation.statusChangedAt, followedUpAt: invitation.followedUpAt ?? stored.followedUpAt };
      }
      // The conversation after acceptance (issue #21) merges on its own dates.
      const conversation = mergedConversation(stored.conversation, invitation.conversation);
      if (conversation) merged = { ...merged, conversation };
      if (merged === stored) duplicates += 1;
      else list[at] = merged;
      continue;
    }
    const id = ids.has(invitation.id) ? uniqueId(ids, newId) : invitation.id;
    ids.add(id);
    byIdentity.set(identity, list.length);
    const added = invitation.id === id ? invitation : { ...invitation, id };
    list.push(added);
  }
  return { list, duplicates, identities: new Set(byIdentity.keys()) };
}

function uniqueId(ids: ReadonlySet<string>, newId: () => string): string {
  let id = newId();
  while (ids.has(id)) id = newId();
  return id;
}

function changedKeys(before: SettingsT, after: SettingsT): string[] {
  return (Object.keys(after) as (keyof SettingsT)[]).filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key])); // `about` is an object
}
