/** The words of matching runs, zod-free so the web app can import them (contracts/matching.ts uses them). */
export const matchRunStatuses = ['proposed', 'confirmed'] as const;
export type MatchRunStatus = (typeof matchRunStatuses)[number];
