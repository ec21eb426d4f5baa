/**
 * When a person has completed a module: they attended one of its sessions, or, for a self-study
 * module, they read every one of its pages (a module without pages cannot be completed by reading).
 */
export function isModuleComplete(input: {
  attended: boolean;
  selfStudy: boolean;
  pageCount: number;
  pagesRead: number;
}): boolean {
  if (input.attended) return true;
  return input.selfStudy && input.pageCount > 0 && input.pagesRead >= input.pageCount;
}

/** Reading progress as a whole percentage (0 for a module without pages). */
export function readingProgress(pagesRead: number, pageCount: number): number {
  if (pageCount <= 0) return 0;
  return Math.min(100, Math.floor((pagesRead / pageCount) * 100));
}
