// The composer's talking points: a short list of reasons, a click inserts the phrase at the
// cursor (spaced and capitalised), hostile names render as text; the coach's talking-point rule.
import { render } from 'preact';
import { describe, expect, test, vi } from 'vitest';
import { coachNote } from '../../../src/core/coach';
import { talkingPoints } from '../../../src/core/talking-points';
import { TalkingPoints } from '../../../src/composer/TalkingPoints';
import { insertAtCursor, withPhrase } from '../../../src/composer/insert-phrase';

const NOW = new Date(2026, 11, 3);

describe('withPhrase', () => {
  test.each([
    ['', 0, 0, 'we both studied at KTH', 'We both studied at KTH'],
    ['Hi Ana, ', 8, 8, 'we both studied at KTH', 'Hi Ana, we both studied at KTH'],
    ['Hi Ana,', 7, 7, 'we both studied at KTH', 'Hi Ana, we both studied at KTH'],
    ['Hi Ana. Nice.', 8, 8, 'we both know Bo', 'Hi Ana. We both know Bo Nice.'],
    ['Hi Ana, . Bye', 8, 8, 'we both know Bo', 'Hi Ana, we both know Bo. Bye'],
    ['Hi Ana, XXX!', 8, 11, 'we both know Bo', 'Hi Ana, we both know Bo!'],
  ])('%j at %i-%i', (text, start, end, phrase, expected) => {
    expect(withPhrase(text, start, end, phrase).text).toBe(expected);
  });

  test('into a textarea at the cursor, firing input, caret after the phrase', () => {
    const box = document.createElement('textarea');
    document.body.append(box);
    box.value = 'Hi Ana, thanks!';
    box.setSelectionRange(8, 8);
    const input = vi.fn();
    box.addEventListener('input', input);
    insertAtCursor(box, 'we both studied at KTH');
    expect(box.value).toBe('Hi Ana, we both studied at KTH thanks!');
    expect(input).toHaveBeenCalledTimes(1);
    expect(box.selectionStart).toBe('Hi Ana, we both studied at KTH '.length);
    box.remove();
  });
});

describe('TalkingPoints', () => {
  const evil = '<img src=x onerror="window.__pwned=1">';
  const points = talkingPoints(
    { schools: [{ name: evil }], employers: [{ name: 'Acme' }], location: 'Oslo', languages: ['German'] },
    { schools: [{ name: evil }], employers: [{ name: 'Acme, Inc.' }], location: 'Oslo, Norway', languages: ['German'], mutualNames: ['Kari'] },
    { now: NOW },
  );

  test('shows the top three reasons as text; a click hands back the point', () => {
    const host = document.createElement('div');
    const onInsert = vi.fn();
    render(<TalkingPoints points={points} onInsert={onInsert} />, host);
    const buttons = host.querySelectorAll('button[data-rapport="talking-point"]');
    expect(buttons).toHaveLength(3);
    expect(buttons[0]!.textContent).toBe(`You both studied at ${evil}`);
    expect(host.querySelector('img')).toBeNull();
    (buttons[1] as HTMLButtonElement).click();
    expect(onInsert).toHaveBeenCalledWith(expect.objectContaining({ kind: 'employer', phrase: 'we have both worked at Acme, Inc.' }));
  });

  test('nothing in common: nothing shown', () => {
    const host = document.createElement('div');
    render(<TalkingPoints points={[]} onInsert={() => undefined} />, host);
    expect(host.innerHTML).toBe('');
  });
});

describe('coach: talking-point rule', () => {
  const opts = (context: Record<string, string>) => ({ limit: 200, context });
  test('a shared school the note does not use gets a specific tip; using it clears the tip', () => {
    const tip = (text: string, context: Record<string, string>) => coachNote(text, opts(context)).find((h) => h.id === 'talking-point');
    expect(tip('Hi Ana, I like your work on pipelines. Coffee?', { firstName: 'Ana', sharedSchool: 'KTH' })?.message)
      .toBe('You both studied at KTH — a note that says so is more likely to be read.');
    expect(tip('Hi Ana, we both studied at KTH. Coffee?', { firstName: 'Ana', sharedSchool: 'KTH' })).toBeUndefined();
    expect(tip('Hi Ana, I like your work. Coffee?', { firstName: 'Ana', sharedCompany: 'Acme' })?.message).toMatch(/^You have both worked at Acme/);
    expect(tip('Hi Ana, congratulations on the new role! Coffee?', { firstName: 'Ana', newRole: 'CTO at Globex' })).toBeUndefined();
    expect(tip('Hi Ana, I like your work. Coffee?', { firstName: 'Ana' })).toBeUndefined();
  });

  test('the general common-ground tip steps aside for the specific one', () => {
    const ids = coachNote('Hi Ana, I like your work. Coffee?', opts({ firstName: 'Ana', sharedSchool: 'KTH' })).map((h) => h.id);
    expect(ids).toContain('talking-point');
    expect(ids).not.toContain('common-ground');
  });
});
