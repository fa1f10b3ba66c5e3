// Which parts of a good request for a conversation the message has (core/coach/request), as a
// short list. Each item says its state in words ("Why you are reaching out: included"), with a
// mark for sighted readers that screen readers skip, so the state never rests on colour or a
// symbol alone. Used by the options preview and the message-box composer: inside the composer's
// closed root items carry `data-part` (nothing naming Rapport) and a picked part acts only on
// trusted events (`guard`), like HintList and Candidates.
import type { ChecklistItem, RequestPart } from '../../core/coach';

export interface RequestChecklistProps {
  items: ChecklistItem[];
  /** The list's accessible name, in the surface's language. */
  label: string;
  name?: string;
  attribute?: 'data-rapport' | 'data-part';
  /** When given, a missing part is a button: the surface may show or insert help for it. */
  onPick?(part: RequestPart): void;
  guard?: (handler: (event: Event) => void) => (event: Event) => void;
}

const asIs = (handler: (event: Event) => void) => handler;

export function RequestChecklist({ items, label, name, attribute = 'data-rapport', onPick, guard = asIs }: RequestChecklistProps) {
  if (items.length === 0) return null;
  const part = (value: string) => ({ [attribute]: value });
  return (
    <ul class="request-checklist" aria-label={label} {...(name ? part(name) : {})}>
      {items.map((item) => {
        const text = <>{item.label}<span class="state">{`: ${item.state}`}</span></>;
        return (
          <li key={item.part} class={item.present ? 'request-part present' : 'request-part missing'} {...part('request-part')}
            data-request-part={item.part} data-present={String(item.present)}>
            <span class="mark" aria-hidden="true">{item.present ? '✓' : '○'}</span>{' '}
            {onPick && !item.present
              ? <button type="button" class="link" onClick={guard(() => onPick(item.part))}>{text}</button>
              : text}
          </li>
        );
      })}
    </ul>
  );
}
