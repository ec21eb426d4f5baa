import type { MenteeApplication, MentorApplication } from '../../src/contracts/people.js';
import { currentPrivacyVersion as versionInForce } from '../../src/domain/privacy/privacy-versions.js';
import { publishedPrivacyVersions } from '../../src/services/privacy/privacy-texts.js';

/** The newest published privacy text (a test with an added version passes its own). */
const currentPrivacyVersion = versionInForce(publishedPrivacyVersions, '9999-12-31').id;

let sequence = 0;

/** A complete, eligible mentee application (Ghent, healthcare); override what the test is about. */
export function buildMenteeApplication(overrides: Partial<MenteeApplication> = {}): MenteeApplication {
  sequence += 1;
  return {
    locale: 'nl',
    firstName: 'Amina',
    lastName: `Haddad ${sequence}`,
    email: `amina.haddad.${sequence}@example.be`,
    phone: `+32 470 00 ${String(sequence).padStart(2, '0')} 00`,
    dateOfBirth: '1988-03-14',
    postcode: '9000',
    languages: [
      { code: 'ar', level: 'native' },
      { code: 'nl', level: 'A2' },
      { code: 'fr', level: 'B1' },
    ],
    yearsOfExperience: 7,
    experience: [{ occupationCode: 'esco:2221.2', title: 'Verpleegkundige', country: 'SY', years: 7 }],
    education: [{ level: 'higher', field: 'Verpleegkunde', country: 'SY', recognisedInBelgium: false }],
    targetSectorCode: '86',
    heardFrom: 'association',
    migrantBackground: 'self',
    migrantBackgroundDetail: { countryOfBirth: 'SY' },
    consents: { privacyVersion: currentPrivacyVersion, migrantBackground: true },
    ...overrides,
  };
}

export function buildMentorApplication(overrides: Partial<MentorApplication> = {}): MentorApplication {
  sequence += 1;
  return {
    locale: 'nl',
    firstName: 'Pieter',
    lastName: `Claes ${sequence}`,
    email: `pieter.claes.${sequence}@example.be`,
    postcode: '9000',
    employer: 'AZ Sint-Lucas',
    sectorCode: '86',
    yearsOfExperience: 15,
    expertise: ['wondzorg', 'teamleiding'],
    languages: [
      { code: 'nl', level: 'native' },
      { code: 'fr', level: 'B2' },
    ],
    motivation: 'Ik wil mijn ervaring in de zorg doorgeven aan nieuwkomers.',
    capacity: 2,
    heardFrom: 'employer',
    consents: { privacyVersion: currentPrivacyVersion },
    ...overrides,
  };
}
