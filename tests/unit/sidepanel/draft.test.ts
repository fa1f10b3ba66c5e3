// The note box follows the filled template until the person edits it, then keeps their words.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { editDraft, followSource, isEdited, resetDraft, writtenForSomeoneElse, type DraftSource } from '../../../src/sidepanel/draft';

const ana: DraftSource = { preview: 'Hi Ana!', profileUrl: 'https://www.linkedin.com/in/ana/', templateId: 't1' };
const ben: DraftSource = { preview: 'Hi Ben!', profileUrl: 'https://www.linkedin.com/in/ben/', templateId: 't1' };

describe('the note draft', () => {
  test('starts as the filled template and follows it while unedited', () => {
    const first = followSource(null, ana);
    expect(first.text).toBe('Hi Ana!');
    expect(isEdited(first)).toBe(false);
    const next = followSource(first, ben);
    expect(next.text).toBe('Hi Ben!');
    expect(writtenForSomeoneElse(next, ben.profileUrl)).toBe(false);
  });

  test('the same source keeps the same draft object (nothing re-renders for a repeated poll)', () => {
    const first = followSource(null, ana);
    expect(followSource(first, { ...ana })).toBe(first);
  });

  test('an edited note stays when the profile changes, and says it was written for someone else', () => {
    const edited = editDraft(followSource(null, ana), 'Hi Ana, loved your talk!');
    const after = followSource(edited, ben);
    expect(after.text).toBe('Hi Ana, loved your talk!');
    expect(writtenForSomeoneElse(after, ben.profileUrl)).toBe(true);
    expect(writtenForSomeoneElse(after, ana.profileUrl)).toBe(false);
    expect(resetDraft(ben).text).toBe('Hi Ben!');
  });

  test('choosing another template replaces even an edited note', () => {
    const edited = editDraft(followSource(null, ana), 'my words');
    expect(followSource(edited, { ...ana, templateId: 't2', preview: 'Hello Ana.' }).text).toBe('Hello Ana.');
  });

  test('editing back to the template’s text makes the draft follow the template again', () => {
    const edited = editDraft(followSource(null, ana), 'x');
    expect(followSource(editDraft(edited, 'Hi Ana!'), ben).text).toBe('Hi Ben!');
  });

  test('whatever happens, an edit is never lost unless the template is changed or reset', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.array(fc.record({ preview: fc.string(), profileUrl: fc.webUrl() }), { maxLength: 5 }), (words, sources) => {
        fc.pre(words !== ana.preview);
        let draft = editDraft(followSource(null, ana), words);
        for (const s of sources) draft = followSource(draft, { ...s, templateId: ana.templateId });
        expect(draft.text).toBe(words);
      }),
    );
  });
});
