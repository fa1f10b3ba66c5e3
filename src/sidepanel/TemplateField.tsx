// The side panel's template chooser, the same for notes and messages.
import type { Template } from '../core/schemas';
import { t } from '../shared/ui/i18n';

export function TemplateField(props: { id: string; part: string; offered: readonly Template[]; value: string; onChoose(id: string): void }) {
  return (
    <div class="field">
      <label for={props.id}>{t('sidepanel_template')}</label>
      <select id={props.id} data-rapport={props.part} value={props.value}
        onChange={(e) => props.onChoose((e.currentTarget as HTMLSelectElement).value)}>
        {props.offered.map((x) => <option key={x.id} value={x.id}>{x.name}</option>)}
      </select>
    </div>
  );
}
