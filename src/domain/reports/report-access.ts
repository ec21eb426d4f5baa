import type { Role } from '../../contracts/base-vocabulary.js';
import type { ReportAudience } from '../../contracts/report-vocabulary.js';

/**
 * Who reads the programme report, and how (deny by default): an admin the whole programme in full,
 * a coach their own association in full, a funder the whole programme with small counts hidden.
 * Nobody else; a coach without an association neither.
 */
export function programmeReportAccess(viewer: {
  role: Role | string;
  associationId: string | null;
}): { audience: ReportAudience; associationId: string | null } | null {
  switch (viewer.role) {
    case 'admin':
      return { audience: 'staff', associationId: null };
    case 'coach':
      return viewer.associationId ? { audience: 'staff', associationId: viewer.associationId } : null;
    case 'funder':
      return { audience: 'funder', associationId: null };
    default:
      return null;
  }
}
