import { randomUUID } from 'node:crypto';
import { findAssociationByNameKey, insertAssociation } from '../../db/queries/associations.js';
import { findUserByEmail, insertUser } from '../../db/queries/users.js';
import { associationNameKey } from '../associations/manage-associations.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { hashPassword } from '../auth/passwords.js';
import type { Deps, RequestContext } from '../context.js';
import { inTransaction } from '../transaction.js';
import { addDemoPartnerships, demoParticipantEmails } from './demo-partnerships.js';
import { addDemoPeople } from './demo-people.js';
import { addDemoTraining } from './demo-training.js';

/** Associations of a network across Flanders and Brussels, with their coaches (all fictitious). */
const demoAssociations = [
  {
    name: 'Vzw Brug naar Werk',
    region: 'BRU',
    city: 'Molenbeek-Saint-Jean',
    coaches: ['Samira El Amrani', 'Jonas Vermeulen'],
  },
  { name: 'Kleurrijk Gent', region: 'VLG', city: 'Gent', coaches: ['Fatou Diallo', 'Pieter De Smet'] },
  {
    name: 'Samen Sterk Antwerpen',
    region: 'VLG',
    city: 'Antwerpen',
    coaches: ['Yusuf Demir', 'Lien Janssens'],
  },
  { name: 'Horizon Limburg', region: 'VLG', city: 'Genk', coaches: ['Giulia Rossi'] },
  { name: 'Pont Bruxellois', region: 'BRU', city: 'Schaerbeek', coaches: ['Ahmed Benali', 'Claire Dubois'] },
] as const;

const demoFunder = { name: 'Fonds Werk en Diversiteit', email: 'financier@demo.mentor2work.be' };

export const demoPassword = 'demo-mentor2work-2026';

function emailOf(name: string): string {
  return `${name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '.')}@demo.mentor2work.be`;
}

/**
 * Adds realistic demo data: associations, their coaches and a funder, each with the demo password
 * (coaches set up two-factor at first sign-in). Running it twice adds nothing twice.
 */
export async function addDemoData(deps: Deps, ctx: RequestContext) {
  const passwordHash = await hashPassword(demoPassword);
  const now = deps.now().toISOString();
  return inTransaction(deps, async (trx) => {
    const created: Array<{ email: string; role: string; association: string | null }> = [];
    const associations: Array<{ id: string; region: string }> = [];
    const coachOf = new Map<string, string>();
    for (const association of demoAssociations) {
      const nameKey = associationNameKey(association.name);
      let associationId = (await findAssociationByNameKey(trx, nameKey))?.id;
      if (!associationId) {
        associationId = randomUUID();
        await insertAssociation(trx, {
          id: associationId,
          name: association.name,
          name_key: nameKey,
          region: association.region,
          city: association.city,
          contact_email: null,
          created_at: now,
          updated_at: now,
        });
      }
      associations.push({ id: associationId, region: association.region });
      for (const coach of association.coaches) {
        const email = emailOf(coach);
        const existing = await findUserByEmail(trx, email);
        if (existing) {
          if (!coachOf.has(associationId)) coachOf.set(associationId, existing.id);
          continue;
        }
        const coachId = randomUUID();
        if (!coachOf.has(associationId)) coachOf.set(associationId, coachId);
        await insertUser(trx, {
          id: coachId,
          email,
          name: coach,
          role: 'coach',
          association_id: associationId,
          password_hash: passwordHash,
          locale: association.region === 'BRU' ? 'fr' : 'nl',
          totp_key: null,
          totp_last_counter: null,
          disabled_at: null,
          created_at: now,
          updated_at: now,
        });
        created.push({ email, role: 'coach', association: association.name });
      }
    }
    if (!(await findUserByEmail(trx, demoFunder.email))) {
      await insertUser(trx, {
        id: randomUUID(),
        email: demoFunder.email,
        name: demoFunder.name,
        role: 'funder',
        association_id: null,
        password_hash: passwordHash,
        locale: 'nl',
        totp_key: null,
        totp_last_counter: null,
        disabled_at: null,
        created_at: now,
        updated_at: now,
      });
      created.push({ email: demoFunder.email, role: 'funder', association: null });
    }
    const people = await addDemoPeople(trx, deps.now(), associations, coachOf);
    const gent = associations[1]!;
    const partnerships = await addDemoPartnerships(
      trx,
      deps.now(),
      gent.id,
      coachOf.get(gent.id) ?? null,
      passwordHash,
    );
    // After the partnerships, so that their mentors (in a partnership or free again) are trained too.
    const modules = await addDemoTraining(trx, deps.now());
    if (partnerships > 0)
      created.push(
        { email: demoParticipantEmails.mentee, role: 'mentee', association: null },
        { email: demoParticipantEmails.mentor, role: 'mentor', association: null },
      );
    await recordAuditEvent(trx, ctx, deps.now(), {
      action: 'demo.added',
      details: { accounts: created.length, people, modules, partnerships },
    });
    return { accounts: created, people, modules, partnerships, password: demoPassword };
  });
}
