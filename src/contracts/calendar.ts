import { z } from 'zod';

/** The address of a person's personal calendar feed (a secret: whoever has it reads the calendar). */
export const calendarFeedResponse = z.object({ url: z.string(), createdAt: z.string() });

export const calendarFeedParams = z.strictObject({ token: z.string().min(1).max(100) });
