// A backup file is read and validated before its request enters the single-writer queue (the
// queue never holds a parse), and once for preview and apply together: the preview keeps what
// it validated under a handle, and the apply that names the handle (with the same text) uses it.
// The handle is only a cache: after a worker restart it is gone and the apply, which always
// carries the text, validates it again — still outside the queue — so nothing unvalidated is
// ever applied and a restart costs one more read, never a failed import.
import { parseBackup, type BackupFile } from '../../core/backup';
import { RapportError } from '../../shared/rapport-error';
import type { RequestOf } from '../../shared/messages';

type BackupRequest = RequestOf<'backup.preview'> | RequestOf<'backup.import'>;

type Kept = Map<string, { text: string; backup: BackupFile; at: number }>;

/** A person previews one file at a time; a few cover another tab or a changed mode. */
const MAX_KEPT = 3;
const KEEP_MS = 30 * 60_000;
// Not session state: each entry lives exactly as long as its request object (prepare → apply).
const validated = new WeakMap<BackupRequest, { backup: BackupFile; handle: string }>();

/** Lets other messages be answered between slices of a large file's validation. */
export function yieldToEvents(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      channel.port2.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Runs outside the queue: validates the request's file (or finds it validated) and remembers it. */
export async function prepareBackupRequest(request: BackupRequest, kept: Kept, newHandle: () => string, now = Date.now()): Promise<void> {
  for (const [handle, entry] of kept) if (now - entry.at > KEEP_MS) kept.delete(handle);
  const named = request.type === 'backup.import' ? request.handle : undefined;
  const previous = named ? kept.get(named) : undefined;
  if (named && previous && previous.text === request.text) {
    validated.set(request, { backup: previous.backup, handle: named });
    return;
  }
  const parsed = await parseBackup(request.text, yieldToEvents);
  if (!parsed.ok) throw new RapportError('invalid-import', parsed.message, parsed.details);
  const handle = newHandle();
  if (request.type === 'backup.preview') {
    kept.set(handle, { text: request.text, backup: parsed.backup, at: now });
    while (kept.size > MAX_KEPT) kept.delete(kept.keys().next().value!);
  }
  validated.set(request, { backup: parsed.backup, handle });
}

/** Inside the queue: the backup prepared for this very request (never parsed here). */
export function validatedBackup(request: BackupRequest): { backup: BackupFile; handle: string } {
  const entry = validated.get(request);
  if (!entry) throw new RapportError('internal', 'The backup was not validated before it was applied; nothing was imported.');
  return entry;
}

/** After an apply the file is done with; a new preview validates it again. */
export function forgetBackup(kept: Kept, handle: string): void {
  kept.delete(handle);
}
