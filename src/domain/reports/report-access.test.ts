import { describe, expect, it } from 'vitest';
import { programmeReportAccess } from './report-access.js';

describe('who reads the programme report, and how', () => {
  it.each([
    ['admin', null, { audience: 'staff', associationId: null }],
    ['coach', 'a1', { audience: 'staff', associationId: 'a1' }],
    ['coach', null, null],
    ['funder', null, { audience: 'funder', associationId: null }],
    ['funder', 'a1', { audience: 'funder', associationId: null }],
    ['mentee', null, null],
    ['mentor', 'a1', null],
    ['auditor', null, null],
  ])('%s of association %s: %o', (role, associationId, expected) => {
    expect(programmeReportAccess({ role, associationId })).toEqual(expected);
  });
});
