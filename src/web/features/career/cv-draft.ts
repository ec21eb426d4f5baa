import type { CvContentFull, CvEditorContent } from './career-types';

/** An empty CV to start the first version from. */
export function emptyCv(): CvEditorContent {
  return {
    contact: { phone: true, email: true, town: true },
    profile: '',
    experience: [],
    education: [],
    skills: { esco: [], free: [] },
    languages: { motherTongues: [], foreign: [] },
    talents: [],
    interests: [],
  };
}

export type Experience = CvContentFull['experience'][number];
export type Education = CvEditorContent['education'][number];
export type ForeignLanguage = CvContentFull['languages']['foreign'][number];

export function newExperience(): Experience {
  return { employer: '', role: '', country: 'BE', from: '', to: null, description: '' };
}

export function newEducation(): Education {
  return { title: '', institution: '', country: 'BE', year: new Date().getFullYear(), recognised: 'pending' };
}

export function newForeignLanguage(): ForeignLanguage {
  return {
    code: '',
    listening: 'A1',
    reading: 'A1',
    spokenInteraction: 'A1',
    spokenProduction: 'A1',
    writing: 'A1',
  };
}

/** Replaces the item at `index` of a list (the editor's state never changes in place). */
export function replaceAt<T>(items: readonly T[], index: number, item: T): T[] {
  return items.map((current, i) => (i === index ? item : current));
}

export function removeAt<T>(items: readonly T[], index: number): T[] {
  return items.filter((_, i) => i !== index);
}
