// The side panel (Chrome's side panel, Firefox's sidebar): a note composer that adds nothing to
// LinkedIn's pages. It writes for the last profile the person viewed, and the person copies the
// note and pastes it into LinkedIn themselves.
import type { PanelClient } from './client';
import { ModeSwitch } from './ModeSwitch';
import { NoteEditor } from './NoteEditor';
import { MessageEditor } from './MessageEditor';
import { WritingFor, type Writing } from './WritingFor';
import { useState } from 'preact/hooks';
import { ProfileCard } from './ProfileCard';
import { RecordByHand, canRecordByHand } from './RecordByHand';
import { usePanelData } from './usePanelData';
import { t } from '../shared/ui/i18n';

export function SidePanel({ client, pollMs }: { client: PanelClient; pollMs?: number }) {
  const data = usePanelData(client, pollMs);
  const [writing, setWriting] = useState<Writing>('note');
  return (
    <main class="sidepanel" aria-labelledby="sp-title">
      <header class="top">
        <h1 id="sp-title">{t('sidepanel_title')}</h1>
        <p class="muted small">{t('sidepanel_subtitle')}</p>
      </header>
      {data.error && (
        <div class="error-state" role="alert" data-rapport="sidepanel-error">
          <p>{t('sidepanel_error')}</p>
          <p class="muted small">{data.error}</p>
          <button type="button" onClick={data.retry}>{t('sidepanel_retry')}</button>
        </div>
      )}
      {!data.loaded ? (
        !data.error && <p class="muted" role="status" data-rapport="sidepanel-loading">{t('sidepanel_loading')}</p>
      ) : !data.profile ? (
        <div class="empty" data-rapport="sidepanel-empty">
          <p>{t('sidepanel_empty')}</p>
          <p class="muted small">{t('sidepanel_empty_help')}</p>
        </div>
      ) : (
        data.settings && (
          <>
            <ProfileCard profile={data.profile} />
            {canRecordByHand(client) && <RecordByHand profile={data.profile} client={client} />}
            <WritingFor value={writing} onChange={setWriting} />
            {writing === 'message'
              ? <MessageEditor profile={data.profile} templates={data.templates} settings={data.settings} />
              : <NoteEditor client={client} profile={data.profile} templates={data.templates} settings={data.settings} onWritingHelp={data.setWritingHelp} />}
          </>
        )
      )}
      {data.settings && <ModeSwitch mode={data.settings.composerMode} onChange={data.setComposerMode} />}
    </main>
  );
}
