// Who the note is for: the last profile the person viewed on LinkedIn, and what its top card
// said about the connection (an invitation may already be pending, or not needed at all).
import type { ObservedProfile } from '../shared/messages';
import { displayName } from './note-context';
import { t } from '../shared/ui/i18n';

const relationKey: Partial<Record<ObservedProfile['relation'], string>> = {
  connected: 'sidepanel_relation_connected',
  pending: 'sidepanel_relation_pending',
};

export function ProfileCard({ profile }: { profile: ObservedProfile }) {
  const name = displayName(profile);
  const work = [profile.headline, profile.company].filter(Boolean);
  const relation = relationKey[profile.relation];
  const mutual = profile.mutualName
    ? t('sidepanel_mutual_name', profile.mutualName)
    : profile.mutualCount ? t('sidepanel_mutual_count', profile.mutualCount) : null;
  return (
    <section class="profile" aria-labelledby="sp-profile-name" data-rapport="sidepanel-profile">
      <p class="eyebrow">{t('sidepanel_profile_label')}</p>
      <h2 id="sp-profile-name" class="person" data-rapport="sidepanel-name">{name}</h2>
      {work.length > 0 && <p class="detail">{work.join(' · ')}</p>}
      {(profile.location || profile.school) && <p class="detail muted">{[profile.location, profile.school].filter(Boolean).join(' · ')}</p>}
      {mutual && <p class="detail muted">{mutual}</p>}
      {relation && <p class={`relation ${profile.relation}`} data-rapport="sidepanel-relation">{t(relation, name)}</p>}
    </section>
  );
}
