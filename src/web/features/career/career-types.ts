import type { z } from 'zod';
import type {
  cvCommentSchema,
  cvContentSchema,
  cvOverviewSchema,
  cvVersionSchema,
} from '../../../contracts/cv';
import type { sectorTipSchema } from '../../../contracts/sector-tips';

/** The API's shapes for the career pages, inferred from the server's zod contracts. */
export type CvContent = z.input<typeof cvContentSchema>;
export type CvContentFull = z.output<typeof cvContentSchema>;
/** What the editor holds: a version, or the pre-filled first one whose diploma years may be empty. */
export type CvEditorContent = Omit<CvContentFull, 'education'> & {
  education: Array<Omit<CvContentFull['education'][number], 'year'> & { year: number | null }>;
};
export type CvOverview = z.infer<typeof cvOverviewSchema>;
export type CvVersion = z.infer<typeof cvVersionSchema>;
export type CvComment = z.infer<typeof cvCommentSchema>;
export type SectorTip = z.infer<typeof sectorTipSchema>;
