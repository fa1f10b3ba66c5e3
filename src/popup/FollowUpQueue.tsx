// The popup: who is waiting for a follow-up. (Foundation version: the empty state.)
export function FollowUpQueue() {
  return (
    <main aria-labelledby="queue-title">
      <h1 id="queue-title">Follow-ups</h1>
      <p data-rapport="queue-empty">Nobody is waiting for a follow-up yet.</p>
    </main>
  );
}
