import { useRef, useState } from 'react';
import type { ProfileRole } from '../../../../electron/shared/domain';
import { useScreenCommands } from '../../app/menu-events';
import { CampaignBoard } from './CampaignBoard';
import { CampaignList } from './CampaignList';
import { ItemView } from './ItemView';
import { ProfileSwitcher } from './ProfileSwitcher';
import './review.css';

type Place =
  | { kind: 'list' }
  | { kind: 'board'; campaignId: number }
  | { kind: 'item'; campaignId: number; itemId: number };

/**
 * Rà soát: campaigns list → campaign board → the before/after view of one procedure (ux.md). The profile is the
 * shell's (app.info), so a manager role that ends for idleness takes the manager's buttons away at once.
 */
export function ReviewScreen({
  unitId,
  profile,
  onProfileChanged,
}: {
  unitId: number;
  profile: { name: string; role: ProfileRole };
  onProfileChanged: () => void;
}) {
  const [place, setPlace] = useState<Place>({ kind: 'list' });
  const role = profile.role;
  const switcher = useRef<HTMLSelectElement>(null);
  useScreenCommands('review', (command) => {
    if (command === 'switch-profile') switcher.current?.focus();
  });
  return (
    <section className="review">
      <ProfileSwitcher ref={switcher} current={profile.name} onChanged={onProfileChanged} />
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
          key={`${place.itemId}:${profile.name}:${role}`}
          itemId={place.itemId}
          role={role}
          onBack={() => setPlace({ kind: 'board', campaignId: place.campaignId })}
        />
      )}
    </section>
  );
}
