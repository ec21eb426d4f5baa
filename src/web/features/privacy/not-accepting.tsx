import { DataExportLinks } from '../account/data-export-panel';
import { useOwnProfile } from '../profile/profile-queries';
import { OwnConsents } from '../profile/withdraw-consent';

/**
 * Under "Niet akkoord?" on the privacy-update page: her data to download and her consents to
 * withdraw, without accepting. Loaded apart (with the signed-in texts), so the page stays light.
 */
export function NotAcceptingRights() {
  const profile = useOwnProfile();
  return (
    <>
      <DataExportLinks />
      {profile.data ? <OwnConsents person={profile.data} /> : null}
    </>
  );
}
