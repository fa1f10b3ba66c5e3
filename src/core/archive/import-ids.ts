// Ids for invitations an import creates. They are derived from the person and the send time, so
// importing the same file twice yields the same ids (and the ±24 h match finds them known anyway).
const MAX_ID_LENGTH = 64; // Invitation.id's limit in schemas.ts

/** 32-bit FNV-1a, as 8 hex digits: a short, stable stand-in for a key too long to embed. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** `imp-<key>-<epoch seconds>`; a long key is shortened and suffixed with its hash to stay unique. */
export function importedInvitationId(key: string, sentAtMs: number): string {
  const epoch = String(Math.floor(sentAtMs / 1000));
  const room = MAX_ID_LENGTH - 'imp-'.length - 1 - epoch.length;
  // Cutting may split a surrogate pair; drop a dangling high half so the id stays well-formed.
  const keyPart = key.length <= room ? key : `${key.slice(0, room - 9).replace(/[\uD800-\uDBFF]$/, '')}~${fnv1a(key)}`;
  return `imp-${keyPart}-${epoch}`;
}
