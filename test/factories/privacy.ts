import { randomUUID } from 'node:crypto';
import { insertConsent } from '../../src/db/queries/people.js';
import type { PrivacyVersion } from '../../src/domain/privacy/privacy-versions.js';
import type { Deps } from '../../src/services/context.js';
import { publishedPrivacyVersions } from '../../src/services/privacy/privacy-texts.js';

/**
 * A privacy-text version published after the real ones, for a test (given to the app through
 * `deps.privacyVersions`, never by editing the published list).
 */
export function buildPrivacyVersion(overrides: Partial<PrivacyVersion> & { id: string }): PrivacyVersion {
  const text = (title: string) => ({ title, paragraphs: [`${title}: ${overrides.id}`] });
  return {
    inForce: '2026-11-02',
    texts: { nl: text('Nieuwe privacytekst'), fr: text('Nouveau texte'), en: text('New privacy text') },
    changes: {
      nl: 'We bewaren je cv nu twee jaar in plaats van één.',
      fr: 'Nous gardons désormais votre CV deux ans au lieu d’un.',
      en: 'We now keep your CV for two years instead of one.',
    },
    ...overrides,
  };
}

/** Publishes `versions` after the real ones in this test's app (the deps the routes read). */
export function publishPrivacyVersions(deps: Deps, ...versions: PrivacyVersion[]) {
  deps.privacyVersions = [...publishedPrivacyVersions, ...versions];
}

/** The privacy consent a person gave with an application, in a given version. */
export async function givePrivacyConsent(
  deps: Deps,
  personId: string,
  options: { version?: string; kind?: string; locale?: string; givenAt?: string } = {},
) {
  await insertConsent(deps.db.kysely, {
    id: randomUUID(),
    personId,
    kind: options.kind ?? 'privacy',
    version: options.version ?? '2026-11',
    locale: options.locale ?? 'nl',
    givenAt: options.givenAt ?? new Date(deps.now().getTime() - 86_400_000).toISOString(),
  });
}
