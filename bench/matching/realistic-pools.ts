// Realistic matching pools: seeded profiles drawn from the shipped reference data, with sectors and
// languages skewed as in Flanders and Brussels. Times scoring (every pair through scorePair) and
// solving (solveAssignment) separately, dense, from 100 to N a side.
// Run: npx tsx bench/matching/realistic-pools.ts [sizes=100,500,1000,2000]

import { readReferenceFile } from '../../src/db/seed/load-reference-data.js';
import type { MenteeMatchProfile, MentorMatchProfile } from '../../src/domain/matching/match-profile.js';
import { defaultWeights } from '../../src/domain/matching/score-pair.js';
import { scorePool } from '../../src/domain/matching/score-pool.js';
import { solveAssignment } from '../../src/domain/matching/solve-assignment.js';

let seed = 20_261_127;
const random = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
};
function weighted<T>(items: ReadonlyArray<readonly [T, number]>): T {
  const total = items.reduce((s, [, w]) => s + w, 0);
  let r = random() * total;
  for (const [item, w] of items) {
    r -= w;
    if (r <= 0) return item;
  }
  return items[items.length - 1]![0];
}

// Sectors job seekers aim for (divisions, section) and where mentors work: care, hospitality,
// construction, transport and logistics, retail, cleaning and support, ICT, education, industry.
const sectors: ReadonlyArray<readonly [readonly [string, string, string], number]> = [
  [['86', 'Q', '2221'], 16],
  [['87', 'Q', '5322'], 8],
  [['56', 'I', '5120'], 12],
  [['41', 'F', '7112'], 9],
  [['43', 'F', '7411'], 6],
  [['49', 'H', '8322'], 9],
  [['52', 'H', '4321'], 6],
  [['47', 'G', '5223'], 10],
  [['81', 'N', '9112'], 8],
  [['62', 'J', '2512'], 6],
  [['85', 'P', '2341'], 5],
  [['10', 'C', '7512'], 5],
];
const menteeHomeLanguages: ReadonlyArray<readonly [string, number]> = [
  ['ar', 22],
  ['tr', 8],
  ['zgh', 6],
  ['rif', 4],
  ['ti', 6],
  ['fa', 6],
  ['ps', 3],
  ['uk', 8],
  ['ru', 4],
  ['ro', 6],
  ['pl', 4],
  ['ln', 5],
  ['so', 4],
  ['es', 3],
  ['pt', 3],
  ['en', 4],
];
const levels = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
const places = readReferenceFile('be_postal_codes.csv').rows.filter((r) => r.region_code !== 'WAL');
const cities = places.filter((r) => /^(1\d|20|90|35|28|30|80)/.test(r.postal_code ?? ''));
const place = () => {
  const row =
    random() < 0.7
      ? cities[Math.floor(random() * cities.length)]!
      : places[Math.floor(random() * places.length)]!;
  return { latitude: Number(row.latitude), longitude: Number(row.longitude) };
};
const slots = () =>
  Array.from(
    new Set(
      Array.from(
        { length: 1 + Math.floor(random() * 4) },
        () =>
          `${1 + Math.floor(random() * 7)}-${weighted([
            ['morning', 1],
            ['afternoon', 1],
            ['evening', 2],
          ] as const)}`,
      ),
    ),
  );
const level = (min: number, max: number) => levels[min + Math.floor(random() * (max - min + 1))]!;

function mentee(i: number): MenteeMatchProfile {
  const [division, section, isco] = weighted(sectors);
  const home = weighted(menteeHomeLanguages);
  const local = random() < 0.75 ? 'nl' : 'fr';
  const languages = [
    { code: home, understanding: 'C2' as const, speaking: 'C2' as const },
    { code: local, understanding: level(1, 4), speaking: level(1, 3) },
    ...(random() < 0.35 ? [{ code: 'en', understanding: level(1, 4), speaking: level(1, 4) }] : []),
  ];
  return {
    id: `e${i}`,
    personId: `e${i}`,
    sectorCode: division,
    sectorSection: section,
    iscoCode: random() < 0.8 ? isco : null,
    languages,
    skills: [],
    interests: [],
    availability: slots(),
    location: place(),
    meets: { inPerson: true, online: random() < 0.6 },
    waitingDays: Math.floor(random() * 200),
    missingTraining: [],
  };
}

function mentor(i: number): MentorMatchProfile {
  const [division, section, isco] = weighted(sectors);
  const first = random() < 0.7 ? 'nl' : 'fr';
  const languages = [
    { code: first, understanding: 'C2' as const, speaking: 'C2' as const },
    { code: first === 'nl' ? 'fr' : 'nl', understanding: level(2, 5), speaking: level(1, 4) },
    { code: 'en', understanding: level(2, 5), speaking: level(2, 5) },
    ...(random() < 0.15
      ? [{ code: weighted(menteeHomeLanguages), understanding: 'C2' as const, speaking: 'C2' as const }]
      : []),
  ];
  return {
    id: `o${i}`,
    personId: `o${i}`,
    sectorCode: division,
    sectorSection: section,
    iscoCode: isco,
    languages,
    skills: [],
    interests: [],
    availability: slots(),
    location: place(),
    meets: { inPerson: true, online: random() < 0.7 },
    freePlaces: random() < 0.75 ? 1 : 2,
    screened: true,
    missingTraining: [],
  };
}

const sizes = (process.argv[2] ?? '100,500,1000,2000').split(',').map(Number);
console.log('| a side | mentors places | possible pairs | score ms | solve ms | matched | mean score |');
console.log('|---:|---:|---:|---:|---:|---:|---:|');
for (const n of sizes) {
  const mentees = Array.from({ length: n }, (_, i) => mentee(i));
  const mentors = Array.from({ length: n }, (_, i) => mentor(i));
  const t0 = performance.now();
  const pool = scorePool(mentees, mentors, defaultWeights);
  const scoreMs = performance.now() - t0;
  let possible = 0;
  for (const v of pool.values) if (!Number.isNaN(v)) possible += 1;
  const t1 = performance.now();
  const solved = solveAssignment({
    scores: { mentees: n, mentors: n, values: pool.values },
    capacities: mentors.map((m) => m.freePlaces),
  });
  const solveMs = performance.now() - t1;
  if (!solved.ok) throw new Error(solved.error.message);
  const places = mentors.reduce((s, m) => s + m.freePlaces, 0);
  console.log(
    `| ${n} | ${places} | ${((possible / (n * n)) * 100).toFixed(0)} % | ${scoreMs.toFixed(0)} | ${solveMs.toFixed(0)} | ${solved.matched} | ${(solved.total / Math.max(1, solved.matched)).toFixed(3)} |`,
  );
}
