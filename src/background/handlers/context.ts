// What every handler gets: the store (already inside the single-writer queue), the clock, an id
// source, and a way to say "invitations or settings changed" so the badge is recomputed.
import type { DialogMissing, ObservedProfile, PageDiagnostics, PageHealthNotice, RequestOf, RequestType, ResponseOf } from '../../shared/messages';
import type { BackupFile } from '../../core/backup';
import type { ModelApi } from '../../core/ai';
import type { Store } from '../store/store';
import type { StorageArea } from '../store/storage-area';

/**
 * What this worker remembers between requests and forgets when it stops (storage.session keeps
 * the last profile across a restart). One per worker, in the context, never in module variables.
 */
export interface SessionMemory {
  /** The profile last reported (session storage has it after a restart). */
  lastProfile: ObservedProfile | null;
  /** The last Connect click after which no dialog was found. */
  dialogMissing: DialogMissing | null;
  /** The last page Rapport could not read; cleared when a profile is read again. */
  pageHealth: PageHealthNotice | null;
  /** What a tab read for profile.last found, outside the queue, for its handler to apply inside. */
  tabRead: TabRead | null;
  /** Backup files validated for a preview, by handle, for the import that follows. */
  previewed: Map<string, { text: string; backup: BackupFile; at: number }>;
}

/** A read of the profile in view, made on request in its tab (validated: profile-viewed.ts). */
export interface TabRead {
  profile: ObservedProfile | null;
  health: PageDiagnostics | null;
}

export function newSessionMemory(): SessionMemory {
  return { lastProfile: null, dialogMissing: null, pageHealth: null, tabRead: null, previewed: new Map() };
}

export interface HandlerContext {
  store: Store;
  memory: SessionMemory;
  now(): Date;
  newId(): string;
  /** Marks the badge for recomputation once the queue is idle. */
  changed(): void;
  /** storage.session when the browser has it: forgotten when the browser closes. */
  session: StorageArea | null;
  /** Runs composer.js in one frame of one tab (scripting.executeScript). */
  injectComposer(tabId: number, frameId: number): Promise<void>;
  /** The on-device model (Chrome's LanguageModel); default: whatever this context has. */
  languageModel?(): ModelApi | null;
  /** How long one writing-help request may run (default: core/ai's). */
  aiTimeoutMs?: number;
  /**
   * Reads the person's own profile in the LinkedIn tab they are looking at (composer.js's
   * readOwnProfile); null when no LinkedIn profile tab is open. Only on the person's request.
   */
  readOwnProfile(): Promise<unknown>;
  /**
   * Reads the profile in view in one frame of one tab, through the content script already there
   * (its answer is validated by the caller). Absent: no tab can be asked (tests without tabs).
   */
  readTab?(tabId: number, frameId: number): Promise<unknown>;
  /** The LinkedIn tab the person looked at last (the active one, if LinkedIn is in view), or null. */
  recentLinkedInTab?(): Promise<number | null>;
}

/** Who sent the request (a content script's tab and frame; extension pages have no tab). */
export interface RequestSender {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

export type Handler<T extends RequestType> = (request: RequestOf<T>, ctx: HandlerContext, sender: RequestSender) => Promise<ResponseOf<T>>;
export type HandlerMap = { [T in RequestType]: Handler<T> };

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/** 10 random base-36 characters: short (storage budget) and collision-safe at this scale. */
export function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(10));
  return Array.from(bytes, (b) => ALPHABET[b % 36]).join('');
}
