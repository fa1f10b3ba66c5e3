// The note in the panel's text box. It starts as the filled template and follows it (another
// profile, new settings) until the person edits it; from then on their words stay, and the panel
// warns when the profile changes under an edited note, so a note written for one person is not
// copied for another. Choosing another template is an explicit request for its text.

export interface Draft {
  text: string;
  /** The filled template the text started from. */
  seed: string;
  /** Whose profile the text was written for. */
  profileUrl: string;
  templateId: string;
}

export interface DraftSource {
  preview: string;
  profileUrl: string;
  templateId: string;
}

const fresh = (source: DraftSource): Draft => ({ text: source.preview, seed: source.preview, profileUrl: source.profileUrl, templateId: source.templateId });

export const isEdited = (draft: Draft): boolean => draft.text !== draft.seed;

/** The draft after the filled template (or what it is filled with) changed. */
export function followSource(draft: Draft | null, source: DraftSource): Draft {
  if (!draft || draft.templateId !== source.templateId || !isEdited(draft)) {
    const next = fresh(source);
    return draft && sameDraft(draft, next) ? draft : next;
  }
  return draft;
}

export function editDraft(draft: Draft, text: string): Draft {
  return { ...draft, text };
}

/** Back to the template's text for the current profile. */
export function resetDraft(source: DraftSource): Draft {
  return fresh(source);
}

/** An edited note written for someone else than the profile shown now. */
export function writtenForSomeoneElse(draft: Draft, profileUrl: string): boolean {
  return isEdited(draft) && draft.profileUrl !== profileUrl;
}

function sameDraft(a: Draft, b: Draft): boolean {
  return a.text === b.text && a.seed === b.seed && a.profileUrl === b.profileUrl && a.templateId === b.templateId;
}
