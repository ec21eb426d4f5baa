import { z } from 'zod';
import { isOneOf, locales, roles } from '../../contracts/base-vocabulary.js';
import { applicationStages } from '../../contracts/career-vocabulary.js';
import type { Locale } from '../../contracts/common.js';
import { languageNamer } from '../../contracts/language-names.js';
import { meetingStatuses, partnershipStatuses } from '../../contracts/partnership-vocabulary.js';
import { parseStoredJson } from '../../contracts/stored-json.js';
import { registrationStatuses } from '../../contracts/training-vocabulary.js';
import { describeDevice } from '../../domain/auth/devices.js';
import { documentFontStack, embeddedFontFaces } from '../documents/embedded-fonts.js';
import { type AuditVerb, exportLabels } from './export-labels.js';
import type { PersonExport } from './export-person.js';

const dateLocales: Record<Locale, string> = { nl: 'nl-BE', fr: 'fr-BE', en: 'en-GB' };

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

/** What an audit action did, from its last part ("person.sensitive_read" was a reading). */
export function auditVerbOf(action: string): AuditVerb {
  const what = action.split('.').slice(1).join('.') || action;
  if (what === 'sign_in') return 'signedIn';
  if (/(^|_)(read|list|searched|suggestions)$/.test(what) || what === 'read') return 'read';
  if (/export/.test(what)) return 'exported';
  if (/(erased|removed|withdrawn|deleted|cancel|cancelled|unassign|revoked|left|ended)/.test(what))
    return 'removed';
  if (
    /(created|added|received|saved|uploaded|commented|registered|proposed|plan|record|log|request|joined|accepted|issued|linked)/.test(
      what,
    )
  )
    return 'added';
  return 'changed';
}

/** The reader's language for the readable export: the account's, else the person's, else Dutch. */
export function exportLocaleOf(data: PersonExport): Locale {
  const candidate = data.account?.locale ?? data.person.locale;
  return candidate && isOneOf(locales, candidate) ? candidate : 'nl';
}

/** The readable export (GDPR art. 15) as a printable HTML page in the reader's language. */
export function personExportHtml(locale: Locale, data: PersonExport, now: Date): string {
  const l = exportLabels(locale);
  const dateFormat = new Intl.DateTimeFormat(dateLocales[locale], {
    dateStyle: 'long',
    timeZone: 'Europe/Brussels',
  });
  const timeFormat = new Intl.DateTimeFormat(dateLocales[locale], {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Brussels',
  });
  const text = (value: unknown) =>
    value === null || value === undefined || value === '' ? '—' : escapeHtml(String(value));
  const day = (value: string | null | undefined) => {
    if (!value) return '—';
    const parsed = new Date(value.length === 10 ? `${value}T12:00:00Z` : value);
    return Number.isNaN(parsed.getTime()) ? escapeHtml(value) : escapeHtml(dateFormat.format(parsed));
  };
  const time = (value: string | null | undefined) => {
    if (!value) return '—';
    const parsed = new Date(value);
    return Number.isNaN(parsed.getTime()) ? escapeHtml(value) : escapeHtml(timeFormat.format(parsed));
  };
  const languageName = languageNamer(locale);
  const label = <K extends string>(list: readonly K[], names: Record<K, string>, value: string | null) =>
    value && isOneOf(list, value) ? escapeHtml(names[value]) : text(value);
  const pairs = (rows: Array<[string, string]>) =>
    `<dl>${rows.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${v}</dd>`).join('')}</dl>`;
  const table = (head: string[], rows: string[][]) =>
    rows.length === 0
      ? `<p class="none">${escapeHtml(l.none)}</p>`
      : `<table><thead><tr>${head.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${rows
          .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
          .join('')}</tbody></table>`;
  const section = (title: string, body: string) => `<section><h2>${escapeHtml(title)}</h2>${body}</section>`;
  const f = l.fields;
  const person = data.person;
  const account = data.account;

  const parts: string[] = [];
  parts.push(
    section(
      l.sections.profile,
      pairs([
        [f.name, `<bdi>${text(`${person.firstName} ${person.lastName}`)}</bdi>`],
        [f.email, text(person.email)],
        [f.phone, text(person.phone)],
        [f.language, text(person.locale ? languageName(person.locale) : null)],
        [f.postcode, text(person.postcode)],
        [f.dateOfBirth, day(person.dateOfBirth)],
        [f.status, text(l.personStatuses[person.status] ?? person.status)],
        [f.appliedAt, day(person.appliedAt)],
        [
          f.languages,
          person.languages.length === 0
            ? '—'
            : escapeHtml(
                person.languages
                  .map((lang) => {
                    const row = lang as Record<string, unknown>;
                    const levels = ['understanding', 'speaking', 'writing']
                      .map((k) => row[k])
                      .filter((v): v is string => typeof v === 'string');
                    return `${languageName(String(row.code ?? ''))}${levels.length ? ` (${levels.join(', ')})` : ''}`;
                  })
                  .join('; '),
              ),
        ],
      ]),
    ),
  );
  if (account) {
    parts.push(
      section(
        l.sections.account,
        pairs([
          [f.email, text(account.email)],
          [f.role, label(roles, l.roles, account.role)],
          [f.language, text(languageName(account.locale))],
          [f.created, day(account.createdAt)],
        ]) +
          `<h3>${escapeHtml(l.sections.sessions)}</h3>` +
          table(
            [f.browser, f.created, f.lastUsed],
            account.sessions.map((s) => {
              const device = describeDevice(s.user_agent);
              return [
                text([device.browser, device.os].filter(Boolean).join(', ') || null),
                time(s.created_at),
                time(s.last_seen_at),
              ];
            }),
          ) +
          `<h3>${escapeHtml(l.sections.passkeys)}</h3>` +
          table(
            [f.name, f.created, f.lastUsed],
            account.passkeys.map((p) => [text(p.name), time(p.createdAt), time(p.lastUsedAt)]),
          ),
      ),
    );
  }
  parts.push(
    section(
      l.sections.consents,
      table(
        [f.kind, f.version, f.given, f.withdrawn],
        data.consents.map((c) => [
          text(l.consentKinds[c.kind] ?? c.kind),
          text(c.version),
          time(c.given_at),
          time(c.withdrawn_at),
        ]),
      ) +
        `<h3>${escapeHtml(l.sections.privacyVersions)}</h3>` +
        table(
          [f.version, f.language, f.accepted],
          data.privacyVersionsAccepted.map((v) => [
            text(v.version),
            text(languageName(v.locale)),
            time(v.acceptedAt),
          ]),
        ),
    ),
  );
  parts.push(
    section(
      l.sections.applications,
      table(
        [f.asRole, f.submitted],
        data.applications.map((a) => [label(roles, l.roles, a.kind), time(a.submittedAt)]),
      ),
    ),
  );
  parts.push(
    section(
      l.sections.partnerships,
      data.partnerships.length === 0
        ? `<p class="none">${escapeHtml(l.none)}</p>`
        : data.partnerships
            .map(
              (p) =>
                pairs([
                  [f.asRole, label(roles, l.roles, p.role)],
                  [f.status, label(partnershipStatuses, l.partnershipStatuses, p.status)],
                  [f.started, day(p.startedAt)],
                  [f.ended, day(p.endedAt)],
                ]) +
                `<h3>${escapeHtml(l.sections.meetings)}</h3>` +
                table(
                  [f.date, f.status, f.sharedNotes, f.myNote],
                  p.meetings.map((m) => [
                    time(m.starts_at),
                    label(meetingStatuses, l.meetingStatuses, m.status),
                    text(m.shared_notes),
                    text(m.myPrivateNote),
                  ]),
                ),
            )
            .join('<hr>'),
    ),
  );
  const moduleTitle = (title: string) => {
    const titles = parseStoredJson(z.record(z.string(), z.string()), title, 'training_modules.title');
    return titles[locale] || titles.nl || title;
  };
  parts.push(
    section(
      l.sections.training,
      table(
        [f.module, f.date, f.status],
        data.training.registrations.map((r) => [
          text(moduleTitle(r.title)),
          time(r.starts_at),
          label(registrationStatuses, l.registrationStatuses, r.status),
        ]),
      ),
    ),
  );
  parts.push(
    section(
      l.sections.career,
      pairs([[f.cvVersions, text(data.career.cvVersions.length)]]) +
        `<h3>${escapeHtml(l.sections.jobApplications)}</h3>` +
        table(
          [f.employer, f.position, f.date, f.stage],
          data.career.jobApplications.map((a) => [
            text(a.employer),
            text(a.role),
            day(a.applied_on),
            label(applicationStages, l.stages, a.stage),
          ]),
        ),
    ),
  );
  parts.push(
    section(
      l.sections.emails,
      table(
        [f.when, f.subject],
        data.emails.map((e) => [time(e.created_at), text(e.subject)]),
      ),
    ),
  );
  parts.push(
    section(
      l.sections.audit,
      table(
        [f.when, f.action, f.by],
        data.auditEvents.map((e) => {
          const area = l.auditAreas[e.action.split('.')[0] ?? ''];
          const what = area ? `${area}: ${l.auditVerbs[auditVerbOf(e.action)]}` : l.otherAction;
          const failed = e.outcome !== 'success' ? ` (${l.fields.outcomeFailure})` : '';
          const by =
            e.by === 'self'
              ? l.fields.self
              : [e.by, e.byRole && isOneOf(roles, e.byRole) ? l.roles[e.byRole] : null]
                  .filter(Boolean)
                  .join(', ');
          return [time(e.at), text(what + failed), text(by || null)];
        }),
      ),
    ),
  );

  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<title>${escapeHtml(l.title)}</title>
<style>
${embeddedFontFaces()}
@page { size: A4; margin: 16mm 14mm; }
body { font-family: ${documentFontStack}; color: #1d2b36; font-size: 10pt; line-height: 1.4; }
.brand { font-weight: 700; letter-spacing: 0.08em; color: #0b5e55; font-size: 11pt; margin: 0; }
h1 { font-size: 20pt; margin: 4mm 0 2mm; }
h2 { font-size: 13pt; margin: 7mm 0 2mm; color: #0b5e55; border-bottom: 0.3mm solid #0b5e55; break-after: avoid; }
h3 { break-after: avoid; }
h3 { font-size: 11pt; margin: 4mm 0 1mm; }
.made { color: #4a5a66; margin: 0 0 3mm; }
dl { display: grid; grid-template-columns: 40mm 1fr; gap: 1mm 4mm; margin: 0; }
dt { font-weight: 700; }
dd { margin: 0; overflow-wrap: anywhere; }
table { width: 100%; border-collapse: collapse; margin: 1mm 0; }
th, td { text-align: start; vertical-align: top; padding: 1mm 2mm; border-bottom: 0.2mm solid #c9d3d9; overflow-wrap: anywhere; }
th { font-weight: 700; background: #eef3f2; }
tr { break-inside: avoid; }
.none { color: #4a5a66; margin: 1mm 0; }
hr { border: 0; border-top: 0.2mm dashed #c9d3d9; margin: 4mm 0; }
bdi { unicode-bidi: isolate; }
</style>
</head>
<body>
<p class="brand">MENTOR2WORK</p>
<h1>${escapeHtml(l.title)}</h1>
<p class="made">${escapeHtml(l.made.replace('{date}', timeFormat.format(now)))}</p>
<p>${escapeHtml(l.intro)}</p>
<p>${escapeHtml(l.jsonNote)}</p>
${parts.join('\n')}
</body>
</html>`;
}
