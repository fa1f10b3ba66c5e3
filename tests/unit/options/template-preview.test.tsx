// The editor's preview in a DOM: the filled note, both counters, coaching, errors with position.
import { render } from 'preact';
import { describe, expect, test } from 'vitest';
import { TemplatePreview } from '../../../src/options/templates/TemplatePreview';
import { noteLimitFor } from '../../../src/core/count';
import { sampleProfile } from '../../../src/options/templates/preview-context';
import { toNoteContext } from '../../../src/core/person';
import { optionsRoot } from './options-root';

const root = optionsRoot();

const context = toNoteContext(sampleProfile, { myName: 'Robin', myInterest: 'climate data' });
const q = (name: string) => root.el.querySelector(`[data-rapport="${name}"]`);

describe('the template preview', () => {
  test('fills the template for the sample person and counts against 200 and 300', () => {
    render(<TemplatePreview body="Hi {{firstName}}, I work on {{myInterest}}." context={context} limit={200} kind="invitation" />, root.el);
    const text = 'Hi Lina, I work on climate data.';
    expect(q('preview-text')?.textContent).toBe(text);
    expect(q('counter-200')?.textContent).toContain(`${text.length}/200`);
    expect(q('counter-300')?.textContent).toContain(`${text.length}/300`);
    expect(q('template-errors')).toBeNull();
    expect(root.el.querySelectorAll('[data-rapport="hint"]').length).toBeGreaterThan(0);
  });

  test('an unknown variable and an unclosed tag are listed with line and column', () => {
    render(<TemplatePreview body={'Hi {{first_name}},\nsee {{company'} context={context} limit={200} kind="invitation" />, root.el);
    const errors = [...root.el.querySelectorAll('[data-rapport="template-error"]')].map((li) => li.textContent ?? '');
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^Line 1, column 4:/);
    expect(errors[1]).toMatch(/^Line 2, column 5:/);
    expect(q('template-errors')?.getAttribute('role')).toBe('alert');
  });

  test('a note over the free limit says by how much', () => {
    render(<TemplatePreview body={'x'.repeat(250)} context={context} limit={200} kind="invitation" />, root.el);
    expect(q('counter-200')?.className).toContain('over');
    expect(q('counter-200')?.textContent).toContain('50 characters too long');
    expect(q('counter-300')?.className).not.toContain('over');
  });
});

describe('preview settings', () => {
  test('"auto" coaches for the stricter free limit', () => {
    expect(noteLimitFor('auto')).toBe(200);
    expect(noteLimitFor('200')).toBe(200);
    expect(noteLimitFor('300')).toBe(300);
  });
  test('your own details come from the settings', () => {
    expect(context.myName).toBe('Robin');
    expect(context.firstName).toBe('Lina');
  });
});
