// What the panel writes: the invitation note, or the message asking for a conversation once they
// accepted (issue #21; the panel is where a message box Rapport cannot recognise gets help).
import { t } from '../shared/ui/i18n';

export type Writing = 'note' | 'message';

export function WritingFor({ value, onChange }: { value: Writing; onChange(value: Writing): void }) {
  const option = (v: Writing, label: string) => (
    <label class="check">
      <input type="radio" name="sp-writing" value={v} data-rapport={`sidepanel-writing-${v}`} checked={value === v}
        onChange={() => onChange(v)} />
      <span>{label}</span>
    </label>
  );
  return (
    <fieldset class="writing" data-rapport="sidepanel-writing">
      <legend class="section-title">{t('sidepanel_writing_title')}</legend>
      {option('note', t('sidepanel_writing_note'))}
      {option('message', t('sidepanel_writing_message'))}
    </fieldset>
  );
}
