// What the panel shows, kept fresh: the last profile every few seconds while the panel is
// visible, templates and settings whenever it is shown again (they may have been changed in the
// options page). A background that does not answer turns into an error state with a retry.
import { useCallback, useRef, useState } from 'preact/hooks';
import type { Settings, Template } from '../core/schemas';
import type { ObservedProfile } from '../shared/messages';
import type { ComposerMode, PanelClient } from './client';
import { sameProfile } from './note-context';
import { useAttention } from '../shared/ui/useAttention';
import { errorMessage } from '../shared/rapport-error';

export const PROFILE_POLL_MS = 3000;

export interface PanelData {
  /** False until both the profile and the settings have answered once. */
  loaded: boolean;
  profile: ObservedProfile | null;
  templates: Template[];
  settings: Settings | null;
  /** Why the background could not be reached, or null. */
  error: string | null;
}

export interface PanelDataApi extends PanelData {
  retry(): void;
  setComposerMode(mode: ComposerMode): Promise<void>;
  /** Absent when the client cannot change it. */
  setWritingHelp?(on: boolean): Promise<void>;
}


export function usePanelData(client: PanelClient, pollMs = PROFILE_POLL_MS): PanelDataApi {
  const [profile, setProfile] = useState<ObservedProfile | null>(null);
  const [profileKnown, setProfileKnown] = useState(false);
  const [setup, setSetup] = useState<{ templates: Template[]; settings: Settings } | null>(null);
  const [errors, setErrors] = useState<{ profile: string | null; setup: string | null }>({ profile: null, setup: null });
  // Only the newest answer counts: a slow reply must not bring an older profile back.
  const asked = useRef({ profile: 0, setup: 0 });

  const loadProfile = useCallback(() => {
    const ticket = ++asked.current.profile;
    client.lastProfile().then(
      (next) => {
        if (ticket !== asked.current.profile) return;
        // The same report again keeps the same object, so the note is not recomputed.
        setProfile((shown) => (sameProfile(shown, next) ? shown : next));
        setProfileKnown(true);
        setErrors((e) => (e.profile ? { ...e, profile: null } : e));
      },
      (e: unknown) => {
        if (ticket === asked.current.profile) setErrors((old) => ({ ...old, profile: errorMessage(e) }));
      },
    );
  }, [client]);

  const loadSetup = useCallback(() => {
    const ticket = ++asked.current.setup;
    client.templatesAndSettings().then(
      (next) => {
        if (ticket !== asked.current.setup) return;
        setSetup(next);
        setErrors((e) => (e.setup ? { ...e, setup: null } : e));
      },
      (e: unknown) => {
        if (ticket === asked.current.setup) setErrors((old) => ({ ...old, setup: errorMessage(e) }));
      },
    );
  }, [client]);

  useAttention(loadProfile, pollMs);
  useAttention(loadSetup);

  const retry = useCallback(() => {
    loadProfile();
    loadSetup();
  }, [loadProfile, loadSetup]);

  const setComposerMode = useCallback(async (mode: ComposerMode) => {
    const settings = await client.setComposerMode(mode);
    setSetup((old) => (old ? { ...old, settings } : old));
  }, [client]);

  const setWritingHelp = useCallback(async (on: boolean) => {
    const settings = await client.setWritingHelp?.(on);
    if (settings) setSetup((old) => (old ? { ...old, settings } : old));
  }, [client]);

  return {
    loaded: profileKnown && setup !== null,
    profile,
    templates: setup?.templates ?? [],
    settings: setup?.settings ?? null,
    error: errors.profile ?? errors.setup,
    retry,
    setComposerMode,
    ...(client.setWritingHelp ? { setWritingHelp } : {}),
  };
}
