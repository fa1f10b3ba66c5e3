// The text in a panel editor's box (the note's and the message's): the chosen template filled with
// the person's values, followed until the person edits it (draft.ts). Kept in a ref so it is brought
// up to date in the same render that shows it, never one frame late.
import { useMemo, useRef, useState } from 'preact/hooks';
import type { Template } from '../core/schemas';
import { renderTemplate, type NoteContext } from '../core/template';
import { followSource, type Draft, type DraftSource } from './draft';

export function useDraft(template: Template | null, context: NoteContext, profileUrl: string) {
  const rendered = useMemo(() => (template ? renderTemplate(template.body, context) : null), [template, context]);
  const source: DraftSource = { preview: rendered?.text ?? '', profileUrl, templateId: template?.id ?? '' };
  const draftRef = useRef<Draft | null>(null);
  const [, rerender] = useState(0);
  const draft = (draftRef.current = followSource(draftRef.current, source));
  const setDraft = (next: Draft) => {
    draftRef.current = next;
    rerender((n) => n + 1);
  };
  return { rendered, source, draft, setDraft };
}
