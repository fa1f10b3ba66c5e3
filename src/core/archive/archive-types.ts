// The shapes that flow from "a file the person picked" to "a preview of what an import would do".
// Parsed files carry only what reconciling needs; every row a reader could not use is kept in
// `rejected` with the reason, so nothing is ever dropped silently.
import type { Invitation } from '../schemas';

/** A row a reader or the planner refused, with a human reason. */
export interface RejectedRow {
  /** Display name of the file (the zip entry or the picked file); never used to decide anything. */
  file: string;
  /** 1-based CSV record number in that file, counting the preamble and the header. */
  record: number;
  reason: string;
  /** The first characters of the row as read, for the person to recognise it. */
  preview: string;
}

export interface OutgoingInvitationRow {
  direction: 'OUTGOING';
  record: number;
  to: string;
  message: string;
  /** `Sent At` read as local time, as an ISO string with that date's local offset. */
  sentAt: string;
  sentAtMs: number;
  /** null when the file has no URL columns. */
  inviterKey: string | null;
  inviteeKey: string | null;
}

export interface IncomingInvitationRow {
  direction: 'INCOMING';
  record: number;
  /** The owner's key as the invitee (null without URL columns). */
  inviteeKey: string | null;
}

export type InvitationRow = OutgoingInvitationRow | IncomingInvitationRow;

export interface ConnectionRow {
  record: number;
  name: string;
  /** null when the file has no URL column. */
  key: string | null;
  /** The calendar date of `Connected On`, `YYYY-MM-DD`. */
  connectedOn: string;
  /** Local midnight of that date as an ISO string with offset. */
  connectedOnIso: string;
  connectedOnMs: number;
}

export interface InvitationsFile {
  kind: 'invitations';
  name: string;
  /** False for exports before late 2023: no `inviterProfileUrl` / `inviteeProfileUrl`. */
  hasProfileUrls: boolean;
  rows: InvitationRow[];
  rejected: RejectedRow[];
}

export interface ConnectionsFile {
  kind: 'connections';
  name: string;
  /** False for exports before mid-2023: no `URL` column. */
  hasProfileUrls: boolean;
  rows: ConnectionRow[];
  /** Members who hid their profile: a row with only the date. Counted, never an error. */
  hiddenCount: number;
  rejected: RejectedRow[];
}

export type LinkedInFile = InvitationsFile | ConnectionsFile;

/** What reading a LinkedIn export (a zip or one CSV) produced. */
export interface LinkedInImport {
  kind: 'linkedin';
  files: LinkedInFile[];
  /** Zip entries that were decompressed, in order; empty for a single CSV. */
  opened: string[];
  /** How many zip entries were never decompressed (messages.csv and everything else). */
  notOpened: number;
}

export interface RapportBackupImport {
  kind: 'rapport-backup';
  /** The JSON text as read; another module validates and applies it. */
  text: string;
}

export type ImportInput = LinkedInImport | RapportBackupImport;

export interface AcceptedPerson {
  id: string;
  name: string;
  /** `YYYY-MM-DD` from Connections.csv. */
  connectedOn: string;
}

/** The preview of an import: nothing is stored until the caller applies it. */
export interface ArchivePlan {
  /** New records to add (ids are deterministic, so applying twice adds nothing). */
  newlyTracked: Invitation[];
  /** Everyone this import marks accepted: updated tracked records and new ones accepted at once. */
  accepted: AcceptedPerson[];
  /** Outgoing rows that match a tracked invitation (same person, sent within ±24 h). */
  alreadyKnown: number;
  skipped: { row: RejectedRow; reason: string }[];
  incomingCount: number;
  hiddenConnections: number;
  /** Rows from files without profile URLs: Rapport never matches people by name. */
  unmatchable: { count: number; reason: string };
  /** The changed tracked records, whole, to replace the stored ones by id. */
  updates: Invitation[];
  /** The export owner's own profile, learned from the invitation URLs. */
  owner: { key: string; profileUrl: string } | null;
  /** One line for the person: "N newly tracked, M accepted (names), K already known, J skipped (why)". */
  summary: string;
}
