import { describe, expect, it } from 'vitest';
import { auditVerbOf } from './export-html.js';

describe('auditVerbOf', () => {
  it.each([
    ['person.read', 'read'],
    ['person.sensitive_read', 'read'],
    ['people.searched', 'read'],
    ['person.data_exported', 'exported'],
    ['auth.sign_in', 'signedIn'],
    ['consent.withdrawn', 'removed'],
    ['person.erased', 'removed'],
    ['cv.version_saved', 'added'],
    ['meeting.record', 'added'],
    ['person.status_changed', 'changed'],
    ['person.profile_updated', 'changed'],
  ] as const)('%s is %s', (action, verb) => {
    expect(auditVerbOf(action)).toBe(verb);
  });
});
