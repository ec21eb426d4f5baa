import { describe, expect, it } from 'vitest';
import { buildPartnership } from '../factories/partnerships.js';
import { call } from '../support/http.js';
import { withTestContext } from '../support/test-context.js';

const t = withTestContext();
const job = { startDate: '2027-02-01', contractType: 'permanent', hours: 'full_time', sectorCode: '86' };

describe('completing a cycle', () => {
  it('needs the evaluation meeting held or a reason why not, and names the missing evaluations', async () => {
    const { app, deps } = t();
    const pair = await buildPartnership(deps, { status: 'closing', startedDaysAgo: 190 });
    const url = `/api/partnerships/${pair.id}`;
    const refused = await call(app, 'POST', `${url}/complete`, {
      cookie: pair.cookies.coach,
      body: { outcome: 'training' },
    });
    expect(refused.status).toBe(409);
    expect(refused.body?.error).toMatchObject({
      code: 'partnership.evaluation_not_held',
      details: { field: 'evaluationSkippedReason', missingEvaluations: ['mentee', 'mentor'] },
    });
    const before = await call(app, 'GET', url, { cookie: pair.cookies.coach });
    expect(before.body).toMatchObject({ status: 'closing', evaluationsMissing: ['mentee', 'mentor'] });
    const done = await call(app, 'POST', `${url}/complete`, {
      cookie: pair.cookies.coach,
      body: { outcome: 'studies', evaluationSkippedReason: 'De mentee verhuisde naar Luik.' },
    });
    expect(done.body?.status).toBe('completed');
    const after = await call(app, 'GET', url, { cookie: pair.cookies.coach });
    expect(after.body).toMatchObject({
      outcome: 'studies',
      outcomeDetails: null,
      evaluationSkippedReason: 'De mentee verhuisde naar Luik.',
      stage: 'completed',
      nextMeeting: null,
    });
    // The reason is the coach's record: the pair does not read it.
    const forMentee = await call(app, 'GET', url, { cookie: pair.cookies.mentee });
    expect(forMentee.body?.evaluationSkippedReason).toBeNull();
  });

  it('records a job with its contract, hours and sector, and whether it is the sector of the mentoring', async () => {
    const { app, deps } = t();
    const pair = await buildPartnership(deps, { status: 'closing', startedDaysAgo: 190 });
    const url = `/api/partnerships/${pair.id}/complete`;
    const skip = { evaluationSkippedReason: 'Evaluatie telefonisch gedaan.' };
    const noDetails = await call(app, 'POST', url, {
      cookie: pair.cookies.coach,
      body: { outcome: 'job', ...skip },
    });
    expect(noDetails.status).toBe(400);
    expect(noDetails.body?.error.details).toContainEqual(expect.objectContaining({ path: ['body', 'job'] }));
    const badSector = await call(app, 'POST', url, {
      cookie: pair.cookies.coach,
      body: { outcome: 'job', job: { ...job, sectorCode: '999' }, ...skip },
    });
    expect(badSector.status).toBe(400);
    expect(badSector.body?.error.details[0].path).toEqual(['job', 'sectorCode']);
    const badContract = await call(app, 'POST', url, {
      cookie: pair.cookies.coach,
      body: { outcome: 'job', job: { ...job, contractType: 'zero_hours' }, ...skip },
    });
    expect(badContract.status).toBe(400);
    const done = await call(app, 'POST', url, {
      cookie: pair.cookies.coach,
      body: { outcome: 'job', job, ...skip },
    });
    expect(done.status).toBe(200);
    const after = await call(app, 'GET', `/api/partnerships/${pair.id}`, { cookie: pair.cookies.coach });
    // The mentee's sector of interest is 86 (section Q): the job is in the sector of the mentoring.
    expect(after.body?.outcomeDetails).toEqual({ ...job, inMentoringSector: true });
  });

  it('says whether the evaluation form is open, before anything is typed', async () => {
    const { app, deps } = t();
    const active = await buildPartnership(deps, { status: 'active', startedDaysAgo: 30 });
    const closing = await buildPartnership(deps, { status: 'closing', startedDaysAgo: 190 });
    const formOf = async (pair: typeof active) =>
      (await call(app, 'GET', `/api/partnerships/${pair.id}/evaluation`, { cookie: pair.cookies.mentee }))
        .body;
    expect((await formOf(active))?.open).toBe(false);
    expect((await formOf(closing))?.open).toBe(true);
  });
});
