import type { Locale } from '../../contracts/common.js';
import type { CvContent } from '../../contracts/cv.js';
import { cvLabels, nameFinder } from './cv-labels.js';

/** Escapes text and attribute values for XML 1.0 (and drops characters XML cannot carry). */
export function escapeXml(value: string): string {
  return (
    value
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removing what XML 1.0 forbids
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
      .replaceAll('&', '&amp;')
      .replaceAll('<', '&lt;')
      .replaceAll('>', '&gt;')
      .replaceAll('"', '&quot;')
      .replaceAll("'", '&apos;')
  );
}

type Node = string;

function el(name: string, children: Node | Node[], attributes: Record<string, string> = {}): Node {
  const attrs = Object.entries(attributes)
    .map(([k, v]) => ` ${k}="${escapeXml(v)}"`)
    .join('');
  const body = Array.isArray(children) ? children.join('') : children;
  return body === '' ? `<${name}${attrs}/>` : `<${name}${attrs}>${body}</${name}>`;
}

const text = (name: string, value: string) => el(name, escapeXml(value));

function month(value: string, name: 'From' | 'To'): Node {
  const [year, m] = value.split('-');
  return el(name, '', { year: year ?? '', month: `--${m ?? '01'}` });
}

function countryContact(code: string, label: string): Node {
  return el(
    'ContactInfo',
    el('Address', el('Contact', el('Country', [text('Code', code), text('Label', label)]))),
  );
}

/**
 * A CV version as a Europass CV XML document (the SkillsPassport schema v3.x): DocumentInfo,
 * LearnerInfo with Identification, Headline (profile), WorkExperienceList, EducationList and Skills
 * (Linguistic with mother tongues and foreign languages on the CEFR grid; other skills, talents and
 * interests as text). docs/career.md lists the mapping.
 */
export function europassXml(input: {
  firstName: string;
  lastName: string;
  email: string;
  locale: Locale;
  content: CvContent;
  skillLabels: Record<string, string>;
  createdAt: string;
  generatedAt: string;
}): string {
  const cv = input.content;
  const l = cvLabels(input.locale);
  const names = nameFinder(input.locale);
  const work = cv.experience.map((job) =>
    el('WorkExperience', [
      el('Period', [month(job.from, 'From'), job.to ? month(job.to, 'To') : text('Current', 'true')]),
      el('Position', text('Label', job.role)),
      ...(job.description ? [text('Activities', job.description)] : []),
      el('Employer', [text('Name', job.employer), countryContact(job.country, names.country(job.country))]),
    ]),
  );
  const education = cv.education.map((d) =>
    el('Education', [
      el('Period', el('To', '', { year: String(d.year) })),
      text('Title', d.title),
      text('Activities', l.recognised[d.recognised]),
      el('Organisation', [text('Name', d.institution), countryContact(d.country, names.country(d.country))]),
    ]),
  );
  const description = (code: string) =>
    el('Description', [text('Code', code), text('Label', names.language(code))]);
  const linguistic = el('Linguistic', [
    ...(cv.languages.motherTongues.length
      ? [
          el(
            'MotherTongueList',
            cv.languages.motherTongues.map((c) => el('MotherTongue', description(c))),
          ),
        ]
      : []),
    ...(cv.languages.foreign.length
      ? [
          el(
            'ForeignLanguageList',
            cv.languages.foreign.map((f) =>
              el('ForeignLanguage', [
                description(f.code),
                el('ProficiencyLevel', [
                  text('Listening', f.listening),
                  text('Reading', f.reading),
                  text('SpokenInteraction', f.spokenInteraction),
                  text('SpokenProduction', f.spokenProduction),
                  text('Writing', f.writing),
                ]),
              ]),
            ),
          ),
        ]
      : []),
  ]);
  const skills = [...cv.skills.esco.map((uri) => input.skillLabels[uri] ?? uri), ...cv.skills.free];
  const other = [
    skills.length ? `${l.skills}: ${skills.join('; ')}` : '',
    cv.talents.length ? `${l.talents}: ${cv.talents.join('; ')}` : '',
    cv.interests.length ? `${l.interests}: ${cv.interests.join('; ')}` : '',
  ].filter(Boolean);
  const learner = el('LearnerInfo', [
    el('Identification', [
      el('PersonName', [text('FirstName', input.firstName), text('Surname', input.lastName)]),
      el('ContactInfo', el('Email', text('Contact', input.email))),
    ]),
    ...(cv.profile
      ? [
          el('Headline', [
            el('Type', [text('Code', 'personal_statement'), text('Label', l.profile)]),
            el('Description', text('Label', cv.profile)),
          ]),
        ]
      : []),
    ...(work.length ? [el('WorkExperienceList', work)] : []),
    ...(education.length ? [el('EducationList', education)] : []),
    el('Skills', [linguistic, ...(other.length ? [el('Other', text('Description', other.join('\n')))] : [])]),
  ]);
  const info = el('DocumentInfo', [
    text('DocumentType', 'ECV'),
    text('CreationDate', input.createdAt),
    text('LastUpdateDate', input.generatedAt),
    text('XSDVersion', 'V3.4'),
    text('Generator', 'Mentor2Work'),
  ]);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${el('SkillsPassport', [info, learner], {
    xmlns: 'http://europass.cedefop.europa.eu/Europass',
    'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
    'xsi:schemaLocation':
      'http://europass.cedefop.europa.eu/Europass http://europass.cedefop.europa.eu/xml/v3.4.0/EuropassSchema.xsd',
    locale: input.locale,
  })}\n`;
}
