import { z } from 'zod';
import { naceSections } from './career-vocabulary.js';
import { pageOf, pageQuerySchema } from './common.js';

const tipText = z.string().trim().min(1).max(1000);

export const sectorTipRequest = z.strictObject({
  section: z.enum(naceSections),
  text: z.strictObject({ nl: tipText, fr: tipText, en: tipText }),
});

export const sectorTipSchema = z.object({
  id: z.string(),
  section: z.string(),
  text: z.object({ nl: z.string(), fr: z.string(), en: z.string() }),
  updatedAt: z.string(),
});
export type SectorTip = z.infer<typeof sectorTipSchema>;

export const sectorTipPage = pageOf(sectorTipSchema);
export const sectorTipQuery = pageQuerySchema.extend({ section: z.enum(naceSections).optional() });
export const menteeTipsResponse = sectorTipPage.extend({ section: z.string().nullable() });
