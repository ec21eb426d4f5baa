/**
 * The texts are loaded per language and in parts (issue 10, a lean first load). `base` holds the frame
 * every page shares and the pickers and messages of the public forms, and is loaded before the first
 * page is drawn; `auth` the sign-in, invitation and password pages; `apply` the application wizards;
 * `app` everything else, loaded with the signed-in shell (which loads every part). An entry is a
 * namespace (`apply`) or one group of a namespace (`errors.auth`); a namespace with groups listed
 * keeps its plain texts (`errors.unknown`) in `base` and its other groups in `app`.
 *
 * vite.config.ts cuts each locale file along these lists (textPartOf); parts.test.ts fails when a
 * public page uses a text that its parts do not hold.
 */
export const textParts = ['base', 'auth', 'apply', 'app'] as const;
export type TextPart = (typeof textParts)[number];
export type PublicTextPart = Exclude<TextPart, 'app'>;

export const partTexts: Record<PublicTextPart, readonly string[]> = {
  base: [
    'app',
    'common',
    'countries',
    'errors.application',
    'errors.auth',
    'errors.contact',
    'errors.firstStep',
    'errors.invitation',
    'errors.password',
    'errors.privacy',
    'errors.request',
    'errors.token',
    'errors.user',
    'errors.validation',
    'fieldErrors',
    'fields',
    'footer',
    'forms',
    'languages',
    'levels',
    'notFound',
    'reference',
    'regions',
    'shell',
  ],
  auth: [
    'invitation',
    'passkeys',
    'privacyUpdate',
    'recoveryCodes',
    'resetComplete',
    'resetPassword',
    'roles',
    'signIn',
    'twoFactor',
    'twoFactorSetup',
  ],
  apply: ['about', 'apply', 'consents', 'educationLevels', 'eligibility', 'heardFrom', 'wizard'],
};

const partOfPath = new Map<string, PublicTextPart>();
for (const [part, paths] of Object.entries(partTexts) as [PublicTextPart, readonly string[]][])
  for (const path of paths) partOfPath.set(path, part);
const groupedNamespaces = new Set(
  [...partOfPath.keys()].filter((path) => path.includes('.')).map((path) => path.split('.')[0]),
);

/**
 * The part a text belongs to, by its namespace and, for a namespace cut into groups, its group;
 * `isGroup` says whether the second key holds more texts or is a plain text.
 */
export function textPartOf(namespace: string, group?: string, isGroup = true): TextPart {
  const whole = partOfPath.get(namespace);
  if (whole) return whole;
  if (group === undefined || !groupedNamespaces.has(namespace)) return 'app';
  if (!isGroup) return 'base';
  return partOfPath.get(`${namespace}.${group}`) ?? 'app';
}

/** Whether a namespace is cut into groups (then textPartOf needs the group). */
export function isGroupedNamespace(namespace: string): boolean {
  return groupedNamespaces.has(namespace);
}

/** The texts of one part of a locale file (src/web/locales/parts.ts). */
export function cutTexts(texts: Record<string, unknown>, part: TextPart): Record<string, unknown> {
  const cut: Record<string, unknown> = {};
  for (const [namespace, value] of Object.entries(texts)) {
    if (isGroupedNamespace(namespace) && typeof value === 'object' && value !== null) {
      const groups = Object.entries(value).filter(
        ([group, inner]) => textPartOf(namespace, group, typeof inner === 'object') === part,
      );
      if (groups.length > 0) cut[namespace] = Object.fromEntries(groups);
    } else if (textPartOf(namespace) === part) cut[namespace] = value;
  }
  return cut;
}
