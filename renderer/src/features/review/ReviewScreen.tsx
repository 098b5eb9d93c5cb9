import { useCallback, useState } from 'react';
import type { ProfileRole } from '../../../../electron/shared/domain';
import { CampaignBoard } from './CampaignBoard';
import { CampaignList } from './CampaignList';
import { ItemView } from './ItemView';
import { ProfileSwitcher } from './ProfileSwitcher';
import './review.css';

type Place =
  | { kind: 'list' }
  | { kind: 'board'; campaignId: number }
  | { kind: 'item'; campaignId: number; itemId: number };

/** Rà soát: campaigns list → campaign board → the before/after view of one procedure (ux.md). */
export function ReviewScreen({ unitId, onProfileChanged }: { unitId: number; onProfileChanged: () => void }) {
  const [place, setPlace] = useState<Place>({ kind: 'list' });
  const [role, setRole] = useState<ProfileRole>('officer');
  const [profileVersion, setProfileVersion] = useState(0);
  const profileChanged = useCallback(
    (r: ProfileRole) => {
      setRole(r);
      setProfileVersion((v) => v + 1);
      onProfileChanged();
    },
    [onProfileChanged],
  );
  return (
    <section className="review">
      <ProfileSwitcher onRole={setRole} onChanged={profileChanged} />
      {place.kind === 'list' && (
        <CampaignList unitId={unitId} onOpen={(campaignId) => setPlace({ kind: 'board', campaignId })} />
      )}
      {place.kind === 'board' && (
        <CampaignBoard
          campaignId={place.campaignId}
          onBack={() => setPlace({ kind: 'list' })}
          onOpen={(itemId) => setPlace({ kind: 'item', campaignId: place.campaignId, itemId })}
        />
      )}
      {place.kind === 'item' && (
        <ItemView
          key={`${place.itemId}:${profileVersion}`}
          itemId={place.itemId}
          role={role}
          onBack={() => setPlace({ kind: 'board', campaignId: place.campaignId })}
        />
      )}
    </section>
  );
}
