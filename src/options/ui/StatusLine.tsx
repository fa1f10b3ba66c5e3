// The one place a section reports what just happened: saved, failed, nothing to do.
// Success is a polite status; an error is an alert, so a screen reader hears it at once.
import type { ErrorText } from './error-text';

export type Status = { kind: 'ok'; message: string } | ({ kind: 'error' } & ErrorText) | null;

export function StatusLine({ status, id }: { status: Status; id?: string }) {
  if (!status) return <p id={id} class="status" role="status" aria-live="polite" />;
  if (status.kind === 'ok') {
    return <p id={id} class="status ok" role="status" aria-live="polite" data-rapport="status-ok">{status.message}</p>;
  }
  return (
    <div id={id} class="status error" role="alert" data-rapport="status-error">
      <p>{status.message}</p>
      {status.details.length > 0 && (
        <ul>
          {status.details.map((line) => <li key={line}>{line}</li>)}
        </ul>
      )}
    </div>
  );
}
