import { z } from 'zod';
import { emailSchema, pageOf, pageQuerySchema, roleSchema, staffRoleSchema } from './common.js';

export const userSummarySchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: roleSchema,
  associationId: z.string().nullable(),
  associationName: z.string().nullable(),
  disabled: z.boolean(),
  twoFactorEnabled: z.boolean(),
  createdAt: z.string(),
});
export type UserSummary = z.infer<typeof userSummarySchema>;

export const userListQuery = pageQuerySchema.extend({
  role: roleSchema.optional(),
  associationId: z.uuid().optional(),
  q: z.string().trim().max(120).optional(),
});
export const userPage = pageOf(userSummarySchema);

/** Coaches belong to exactly one association; admins and funders to none. */
export const createInvitationRequest = z.strictObject({
  email: emailSchema,
  role: staffRoleSchema,
  associationId: z.uuid().nullable().optional(),
});

export const invitationSchema = z.object({
  id: z.string(),
  email: z.string().nullable(),
  role: roleSchema,
  associationId: z.string().nullable(),
  associationName: z.string().nullable(),
  status: z.enum(['pending', 'accepted', 'revoked', 'expired']),
  createdAt: z.string(),
  expiresAt: z.string(),
});
export const invitationPage = pageOf(invitationSchema);

export const updateUserRequest = z.strictObject({
  role: staffRoleSchema.optional(),
  associationId: z.uuid().nullable().optional(),
  disabled: z.boolean().optional(),
});
