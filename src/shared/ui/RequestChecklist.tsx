// Which parts of a good request for a conversation the message has (core/coach/request), as a
// short list. Each item says its state in words ("Why you are reaching out: included"), with a
// mark for sighted readers that screen readers skip, so the state never rests on colour or a
// symbol alone. Used by the options preview, the side panel and the message-box composer: inside
// the composer's closed root items carry `data-part` (nothing naming Rapport). Read-only: nothing
// in it acts.
import type { ChecklistItem } from '../../core/coach';

export interface RequestChecklistProps {
  items: ChecklistItem[];
  /** The list's accessible name, in the surface's language. */
  label: string;
  name?: string;
  attribute?: 'data-rapport' | 'data-part';
}

export function RequestChecklist({ items, label, name, attribute = 'data-rapport' }: RequestChecklistProps) {
  if (items.length === 0) return null;
  const part = (value: string) => ({ [attribute]: value });
  return (
    <ul class="request-checklist" aria-label={label} {...(name ? part(name) : {})}>
      {items.map((item) => {
        return (
          <li key={item.part} class={item.present ? 'request-part present' : 'request-part missing'} {...part('request-part')}
            data-request-part={item.part} data-present={String(item.present)}>
            <span class="mark" aria-hidden="true">{item.present ? '✓' : '○'}</span>{' '}
            {item.label}<span class="state">{`: ${item.state}`}</span>
          </li>
        );
      })}
    </ul>
  );
}
