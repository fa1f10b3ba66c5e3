// The request coach's checklist beside the message composer (issue #21 item 2).
// SLOT: the coach (src/core/coach request rules, src/shared/ui/RequestChecklist.tsx) is built on
// another branch; until it is merged this shows nothing. Wire it here, and only here.
import type { ComponentChildren } from 'preact';
import type { NoteContext } from '../../core/template';

export function requestChecklist(_text: string, _context: NoteContext): ComponentChildren {
  return null;
}
