// A way into the side-panel composer, which adds nothing to LinkedIn's pages: always offered at
// the bottom of the popup, and as a notice when a Connect click just now showed no invite dialog
// Rapport could read. Chrome lets an extension open its side panel only from a user gesture,
// so the window id is fetched ahead and open() is called first thing in the click handler.
import { useEffect, useState } from 'preact/hooks';
import browser from '../shared/browser';
import { send } from './send';
import type { DialogMissing } from '../shared/messages';
import { t } from './i18n';

interface PanelApis {
  sidePanel?: { open(options: { windowId: number }): Promise<void> };
}
interface SidebarApis {
  sidebarAction?: { open(): Promise<void> };
}

export function SidePanelLink() {
  const [windowId, setWindowId] = useState<number | null>(null);
  const [missing, setMissing] = useState<DialogMissing | null>(null);
  const chromePanel = (globalThis as { chrome?: PanelApis }).chrome?.sidePanel;
  const firefoxSidebar = (browser as unknown as SidebarApis).sidebarAction;

  useEffect(() => {
    void browser.windows.getCurrent().then((w) => setWindowId(w.id ?? null), () => undefined);
    void send({ type: 'profile.last' }).then((r) => setMissing(r.dialogMissing), () => undefined);
  }, []);

  if (!chromePanel && !firefoxSidebar) return null;
  const open = () => {
    const opening = chromePanel && windowId !== null ? chromePanel.open({ windowId }) : firefoxSidebar?.open();
    void opening?.then(() => window.close(), () => undefined);
  };
  return (
    <div class={missing ? 'side-panel notice' : 'side-panel'} data-rapport="side-panel-link">
      {missing && <p role="status">{t('popup_dialog_missing')}</p>}
      <button type="button" class={missing ? 'primary' : 'link'} onClick={open}>{t('popup_open_side_panel')}</button>
    </div>
  );
}
