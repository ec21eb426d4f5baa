import { randomUUID } from 'node:crypto';
import type { Insertable } from 'kysely';
import { z } from 'zod';
import { emailsOfKind, insertPeopleBatch, insertStatusChange } from '../../db/queries/people.js';
import { referenceCodeSets } from '../../db/queries/reference.js';
import type { Database } from '../../db/schema.js';
import { foldForSearch } from '../../domain/reference/fold-text.js';
import { fail, ok, type Result } from '../../domain/result.js';
import { phoneKey } from '../applications/submit-application.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import type { Actor, Deps, RequestContext } from '../context.js';
import { isKnownLanguage } from '../reference/check-codes.js';
import { inTransaction } from '../transaction.js';
import { importFields, suggestMapping } from './import-fields.js';
import { readSpreadsheet } from './read-spreadsheet.js';

export interface ImportInput {
  kind: 'mentee' | 'mentor';
  fileName: string;
  contentBase64: string;
  mapping?: Record<string, string | null> | undefined;
  associationId?: string | undefined;
}

interface RowError {
  row: number;
  column: string | null;
  code: string;
  message: string;
}

const emailCheck = z.email();

function parseDay(text: string): string | null {
  const iso = text.match(/^(\d{4})-(\d{2})-(\d{2})/);
  const belgian = text.match(/^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/);
  const [y, m, d] = iso
    ? [iso[1], iso[2], iso[3]]
    : belgian
      ? [belgian[3], belgian[2]?.padStart(2, '0'), belgian[1]?.padStart(2, '0')]
      : [];
  if (!y || !m || !d) return null;
  const day = `${y}-${m}-${d}`;
  return Number.isNaN(Date.parse(`${day}T00:00:00Z`)) ||
    new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10) !== day
    ? null
    : day;
}

/** Reads, maps and checks every row; returns the rows ready to insert, or the errors by row and column. */
async function prepare(deps: Deps, actor: Actor, input: ImportInput) {
  const sheet = await readSpreadsheet(input.fileName, Buffer.from(input.contentBase64, 'base64'));
  if (!sheet.ok) return { sheet, prepared: null };
  const db = deps.db.kysely;
  const fields = importFields[input.kind];
  const mapping = input.mapping ?? suggestMapping(input.kind, sheet.columns);
  const errors: RowError[] = [];
  for (const field of fields) {
    const column = mapping[field.name];
    if (field.required && !column)
      errors.push({
        row: 1,
        column: null,
        code: 'import.missing_column',
        message: `No column is chosen for ${field.name}.`,
      });
    if (column && !sheet.columns.includes(column))
      errors.push({
        row: 1,
        column,
        code: 'import.missing_column',
        message: `The file has no column "${column}".`,
      });
  }
  const [{ regionOf, sectionOf, occupationCodes }, known] = await Promise.all([
    referenceCodeSets(db),
    emailsOfKind(db, input.kind),
  ]);
  const seen = new Map<string, number>();
  const today = deps.now().toISOString().slice(0, 10);
  const rows = sheet.rows.map((record, index) => {
    const rowNumber = index + 2;
    const value = (field: string) => {
      const column = mapping[field];
      return column ? (record[column] ?? '').trim() : '';
    };
    const problem = (field: string, code: string, message: string) =>
      errors.push({ row: rowNumber, column: mapping[field] ?? field, code, message });
    for (const field of fields)
      if (field.required && mapping[field.name] && !value(field.name))
        problem(field.name, 'import.required', `${field.name} is empty.`);
    const email = value('email').toLowerCase();
    if (email && !emailCheck.safeParse(email).success)
      problem('email', 'import.invalid_email', `"${email}" is not an email address.`);
    if (email && known.has(email))
      problem('email', 'import.duplicate', `A ${input.kind} with ${email} exists already.`);
    if (email && seen.has(email))
      problem('email', 'import.duplicate', `${email} is also on row ${seen.get(email)}.`);
    if (email) seen.set(email, rowNumber);
    const postcode = value('postcode');
    if (postcode && !regionOf.has(postcode))
      problem('postcode', 'application.unknown_postcode', `${postcode} is not a Belgian postcode.`);
    const sector = value('sectorCode').toUpperCase();
    if (sector && !sectionOf.has(sector))
      problem('sectorCode', 'application.unknown_sector', `${sector} is not a NACE section or division.`);
    const rawOccupation = value('occupationCode');
    const occupation = rawOccupation
      ? rawOccupation.startsWith('esco:')
        ? rawOccupation
        : `esco:${rawOccupation}`
      : null;
    if (occupation && !occupationCodes.has(occupation))
      problem(
        'occupationCode',
        'application.unknown_occupation',
        `${rawOccupation} is not an ESCO occupation code.`,
      );
    const languages = value('languages')
      .toLowerCase()
      .split(/[\s,;/]+/)
      .filter(Boolean);
    for (const code of languages)
      if (!isKnownLanguage(code))
        problem('languages', 'application.unknown_language', `${code} is not an ISO 639 language code.`);
    const yearsText = value('yearsOfExperience');
    const years = yearsText ? Number(yearsText) : null;
    if (yearsText && (!Number.isInteger(years) || (years ?? 0) < 0 || (years ?? 0) > 60))
      problem(
        'yearsOfExperience',
        'import.invalid_number',
        `"${yearsText}" is not a number of years (0-60).`,
      );
    const capacityText = value('capacity');
    const capacity = capacityText ? Number(capacityText) : null;
    if (capacityText && (!Number.isInteger(capacity) || (capacity ?? 0) < 1 || (capacity ?? 0) > 5))
      problem('capacity', 'import.invalid_number', `"${capacityText}" is not a capacity of 1 to 5.`);
    const dobText = value('dateOfBirth');
    const dateOfBirth = dobText ? parseDay(dobText) : null;
    if (dobText && (!dateOfBirth || dateOfBirth > today))
      problem(
        'dateOfBirth',
        'application.date_of_birth_in_future',
        `"${dobText}" is not a date of birth (YYYY-MM-DD or DD/MM/YYYY).`,
      );
    return {
      firstName: value('firstName'),
      lastName: value('lastName'),
      email,
      phone: value('phone') || null,
      postcode,
      region: regionOf.get(postcode) ?? null,
      sector,
      section: sectionOf.get(sector) ?? null,
      occupation,
      languages,
      years,
      capacity,
      dateOfBirth,
      employer: value('employer') || null,
    };
  });
  const associationId = actor.role === 'admin' ? (input.associationId ?? null) : actor.associationId;
  return { sheet, prepared: { mapping, errors, rows, associationId } };
}

/** The preview: columns, suggested or chosen mapping, a sample, and every problem by row and column. */
export async function validateImport(deps: Deps, actor: Actor, input: ImportInput) {
  const { sheet, prepared } = await prepare(deps, actor, input);
  if (!sheet.ok || !prepared)
    return fail(
      sheet.ok ? 'import.invalid' : sheet.code,
      sheet.ok ? 'The file cannot be read.' : sheet.message,
    );
  return ok({
    columns: sheet.columns,
    mapping: prepared.mapping,
    fields: importFields[input.kind].map((f) => ({ name: f.name, required: f.required })),
    totalRows: sheet.rows.length,
    sample: sheet.rows.slice(0, 5),
    errors: prepared.errors.slice(0, 500),
    valid: prepared.errors.length === 0,
  });
}

/** Writes every row in one transaction, or nothing when any row has a problem. */
export async function commitImport(
  deps: Deps,
  ctx: RequestContext,
  actor: Actor,
  input: ImportInput,
): Promise<Result<{ imported: number }>> {
  const { sheet, prepared } = await prepare(deps, actor, input);
  if (!sheet.ok || !prepared)
    return fail(
      sheet.ok ? 'import.invalid' : sheet.code,
      sheet.ok ? 'The file cannot be read.' : sheet.message,
    );
  if (prepared.errors.length > 0)
    return fail(
      'import.invalid',
      `${prepared.errors.length} problems; nothing was imported.`,
      prepared.errors.slice(0, 500),
    );
  if (!prepared.associationId)
    return fail('validation.failed', 'Choose the association these people join.', [
      { path: ['associationId'], code: 'too_small', message: 'required' },
    ]);
  const now = deps.now();
  const iso = now.toISOString();
  await inTransaction(deps, async (trx) => {
    const people: Array<Insertable<Database['people']>> = [];
    const languages: Array<{ person_id: string; code: string }> = [];
    for (const row of prepared.rows) {
      const id = randomUUID();
      const answers = {
        importedFrom: input.fileName,
        employer: row.employer,
        yearsOfExperience: row.years,
        capacity: row.capacity,
        occupationCode: row.occupation,
        languages: row.languages.map((code) => ({ code })),
      };
      people.push({
        id,
        kind: input.kind,
        status: 'applied',
        association_id: prepared.associationId,
        region_code: row.region,
        user_id: null,
        first_name: row.firstName,
        last_name: row.lastName,
        search_name: foldForSearch(`${row.firstName} ${row.lastName}`),
        email: row.email,
        phone: row.phone,
        phone_key: phoneKey(row.phone),
        locale: 'nl',
        postcode: row.postcode,
        date_of_birth: row.dateOfBirth,
        sector_code: row.sector,
        sector_section: row.section,
        eligible: null,
        eligibility_failed: '[]',
        application: JSON.stringify(answers),
        assessment: null,
        intake: null,
        sensitive: null,
        linked_applications: 0,
        applied_at: iso,
        status_changed_at: iso,
        updated_at: iso,
      });
      for (const code of new Set(row.languages)) languages.push({ person_id: id, code });
    }
    await insertPeopleBatch(trx, people, languages);
    for (const person of people)
      await insertStatusChange(trx, {
        id: randomUUID(),
        personId: person.id,
        from: null,
        to: 'applied',
        at: iso,
        actorId: actor.id,
        reasonCode: 'imported',
        reasonText: input.fileName,
      });
    await recordAuditEvent(trx, ctx, now, {
      action: 'people.imported',
      details: {
        kind: input.kind,
        rows: people.length,
        file: input.fileName,
        associationId: prepared.associationId,
      },
    });
  });
  return ok({ imported: prepared.rows.length });
}
