import type { z } from 'zod';
import type {
  attachmentPage,
  careerMenteesResponse,
  cvCommentPage,
  cvCommentSchema,
  cvContentSchema,
  cvOverviewSchema,
  cvVersionPage,
  cvVersionSchema,
} from '../../../contracts/cv';
import type { reportPage, reportRequest, reportSchema } from '../../../contracts/discrimination-reports';
import type {
  createJobApplicationRequest,
  jobApplicationPage,
  jobApplicationSchema,
} from '../../../contracts/job-applications';
import type {
  menteeTipsResponse,
  sectorTipPage,
  sectorTipRequest,
  sectorTipSchema,
} from '../../../contracts/sector-tips';

/** The API's shapes for the career pages, inferred from the server's zod contracts. */
export type CvContent = z.input<typeof cvContentSchema>;
export type CvContentFull = z.output<typeof cvContentSchema>;
/** What the editor holds: a version, or the pre-filled first one whose diploma years may be empty. */
export type CvEditorContent = Omit<CvContentFull, 'education'> & {
  education: Array<Omit<CvContentFull['education'][number], 'year'> & { year: number | null }>;
};
export type CvOverview = z.infer<typeof cvOverviewSchema>;
export type CvVersion = z.infer<typeof cvVersionSchema>;
export type CvVersionPage = z.infer<typeof cvVersionPage>;
export type CvComment = z.infer<typeof cvCommentSchema>;
export type CvCommentPage = z.infer<typeof cvCommentPage>;
export type AttachmentPage = z.infer<typeof attachmentPage>;
export type CareerMentees = z.infer<typeof careerMenteesResponse>;
export type SectorTip = z.infer<typeof sectorTipSchema>;
export type SectorTipPage = z.infer<typeof sectorTipPage>;
export type SectorTipInput = z.infer<typeof sectorTipRequest>;
export type MenteeTips = z.infer<typeof menteeTipsResponse>;
export type JobApplication = z.infer<typeof jobApplicationSchema>;
export type JobApplicationPage = z.infer<typeof jobApplicationPage>;
export type JobApplicationInput = z.input<typeof createJobApplicationRequest>;
export type DiscriminationReport = z.infer<typeof reportSchema>;
export type ReportPage = z.infer<typeof reportPage>;
export type ReportInput = z.input<typeof reportRequest>;
