// Recording by hand: when a page could not deliver its report (Rapport was updated or reloaded
// under it, and the page's notice says so), the person records the invitation here. The notice
// cannot carry the person's data (the page must not read it), so the panel offers this for the
// profile in view whenever Rapport tracks nobody there — said plainly, one click, with an undo.
import { useEffect, useState } from 'preact/hooks';
import type { Invitation } from '../core/schemas';
import type { ObservedProfile } from '../shared/messages';
import type { PanelClient } from './client';
import { displayName } from './note-context';
import { t } from '../shared/ui/i18n';

type HandClient = Required<Pick<PanelClient, 'isTracked' | 'recordByHand' | 'unrecord'>>;

/** The panel offers recording by hand only with a client that can do it. */
export function canRecordByHand(client: PanelClient): client is PanelClient & HandClient {
  return Boolean(client.isTracked && client.recordByHand && client.unrecord);
}

type State =
  | { kind: 'asking' | 'tracked' | 'offer' | 'busy' }
  | { kind: 'recorded'; invitation: Invitation }
  | { kind: 'failed' };

export function RecordByHand({ profile, client }: { profile: ObservedProfile; client: HandClient }) {
  const [state, setState] = useState<State>({ kind: 'asking' });
  const name = displayName(profile).slice(0, 200);
  const url = profile.profileUrl;

  useEffect(() => {
    let current = true;
    setState({ kind: 'asking' });
    client.isTracked(url).then(
      (tracked) => current && setState({ kind: tracked ? 'tracked' : 'offer' }),
      // Not knowing is not "untracked": offering then could record a second invitation.
      () => current && setState({ kind: 'tracked' }),
    );
    return () => { current = false; };
  }, [client, url]);

  if (state.kind === 'asking' || state.kind === 'tracked' || profile.relation === 'connected') return null;

  const record = () => {
    setState({ kind: 'busy' });
    client.recordByHand(profile, name).then((invitation) => setState({ kind: 'recorded', invitation }), () => setState({ kind: 'failed' }));
  };
  const undo = (invitation: Invitation) => {
    setState({ kind: 'busy' });
    client.unrecord(invitation.id).then(() => setState({ kind: 'offer' }), () => setState({ kind: 'failed' }));
  };

  return (
    <section class="record-by-hand" aria-labelledby="sp-record-title" data-rapport="sidepanel-record">
      <h2 id="sp-record-title" class="eyebrow">{t('sidepanel_record_title')}</h2>
      {state.kind === 'recorded' ? (
        <>
          <p role="status" data-rapport="sidepanel-recorded">{t('sidepanel_recorded', name)}</p>
          <button type="button" onClick={() => undo(state.invitation)} data-rapport="sidepanel-record-undo">{t('sidepanel_record_undo')}</button>
        </>
      ) : (
        <>
          <p class="muted small">{t('sidepanel_record_help', name)}</p>
          {state.kind === 'failed' && <p role="alert" class="small">{t('sidepanel_record_failed')}</p>}
          <button type="button" disabled={state.kind === 'busy'} onClick={record} data-rapport="sidepanel-record-button">
            {t('sidepanel_record_button', name)}
          </button>
        </>
      )}
    </section>
  );
}
