// A quiet mark when the last LinkedIn page Rapport looked at could not be read (a profile without
// a name, an invite dialog without its parts): what to do instead, and "Copy diagnostics" — a
// report in Rapport's own words and counts that holds no names, text or addresses from the page
// (linkedin/diagnostics.ts; the background accepts nothing else, shared/messages/page.ts).
import { useEffect, useState } from 'preact/hooks';
import browser from '../shared/browser';
import { send } from './send';
import type { PageHealthNotice } from '../shared/messages';
import { t } from './i18n';

/** The text put on the clipboard: the report, when it was made, and which Rapport made it. */
export function diagnosticsText(notice: PageHealthNotice, version: string): string {
  return JSON.stringify({ rapport: version, at: notice.at, ...notice.report }, null, 2);
}

export function HealthMark() {
  const [notice, setNotice] = useState<PageHealthNotice | null>(null);
  const [copied, setCopied] = useState(false);

  useEffect(() => {
    void send({ type: 'profile.last' }).then((r) => setNotice(r.pageHealth ?? null), () => undefined);
  }, []);

  if (!notice) return null;
  const copy = () => {
    const text = diagnosticsText(notice, browser.runtime.getManifest().version);
    void navigator.clipboard.writeText(text).then(() => setCopied(true), () => undefined);
  };
  return (
    <div class="side-panel notice health-mark" data-rapport="health-mark">
      <p role="status">{t(notice.report.problem === 'dialog-incomplete' ? 'popup_health_dialog' : 'popup_health_profile')}</p>
      <button type="button" class="link" onClick={copy}>{t('popup_health_copy')}</button>
      {copied && <p role="status">{t('popup_health_copied')}</p>}
    </div>
  );
}
