import { z } from 'zod';
import { pageOf, pageQuerySchema, regionSchema } from './common.js';

export const associationSchema = z.object({
  id: z.string(),
  name: z.string(),
  region: regionSchema,
  city: z.string().nullable(),
  contactEmail: z.string().nullable(),
  staffCount: z.number().int(),
  /** Sister associations of the same region may match this association's mentors. */
  sharesMentors: z.boolean(),
  createdAt: z.string(),
});
export type Association = z.infer<typeof associationSchema>;

export const createAssociationRequest = z.strictObject({
  name: z.string().trim().min(2).max(120),
  region: regionSchema,
  city: z.string().trim().min(1).max(80).nullable().optional(),
  contactEmail: z.email().max(254).nullable().optional(),
});
export const updateAssociationRequest = createAssociationRequest.partial();

/** An admin, or a coach of the association, turns mentor sharing with sister associations on or off. */
export const mentorSharingRequest = z.strictObject({ sharesMentors: z.boolean() });

export const associationListQuery = pageQuerySchema.extend({ q: z.string().trim().max(120).optional() });
export const associationPage = pageOf(associationSchema);
