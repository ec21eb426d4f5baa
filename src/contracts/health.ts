import { z } from 'zod';

export const healthResponse = z.object({
  status: z.literal('ok'),
  database: z.enum(['sqlite', 'postgres']),
  version: z.string(),
  /** True until the first programme administrator exists. */
  needsSetup: z.boolean(),
});
