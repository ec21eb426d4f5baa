/**
 * Seeded benchmark pools for the matching solver, and the price-aware candidate generator the sparse
 * mode needs on pools too large for a matrix.
 *
 * Scores come from a function of (mentee, mentor), never stored for the sparse pools:
 *   score = base + QUALITY * quality(j) + NOISE * noise(i, j), hashes in [0, 1), QUALITY 0, NOISE 0.3,
 *   base  = 0.7 for the "popular" mentors (everyone scores them high),
 *           0.4 when mentor and mentee share a sector (50 sectors),
 *           0   otherwise;
 *   a hashed 5% of the pairs are impossible.
 * The generator exploits that structure, and only for that reason is it fast: `score - price` of a
 * mentor in a group (popular, or one sector) is at most base + NOISE + key, key = QUALITY * quality
 * - price, so with the mentors of each group sorted by key it can stop scanning a group, and skip whole
 * groups, once no remaining mentor can beat the k-th best `score - price` found so far, or the floor
 * the solver passes (a threshold algorithm). Its weak spot: a mentee the solver left unmatched has no
 * floor, and among equally priced mentors the unstructured pair noise forces a scan of the group. The answer is the exact top k over ALL mentors;
 * a full scan would be 10^10 evaluations per round at 100,000 a side.
 */

const QUALITY = 0; // mentor-level part of the score (0 here: see bench/README.md)
const NOISE = 0.3; // pair-level part
const SECTORS = 50;

export function hash2(a: number, b: number, seed: number): number {
  let h = Math.imul(a ^ seed, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca77);
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Uniform [0, 1) scores for a dense n x n pool. */
export function uniformScores(n: number, seed: number): Float64Array {
  const values = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) values[i * n + j] = hash2(i, j, seed) / 2 ** 32;
  return values;
}

export interface SectorPool {
  mentees: number;
  mentors: number;
  popular: number;
  score: (i: number, j: number) => number | null;
  menteeSector: Int32Array;
  mentorGroup: Int32Array; // SECTORS for popular mentors
  quality: Float64Array;
}

export function sectorPool(mentees: number, mentors: number, popular: number, seed: number): SectorPool {
  const menteeSector = new Int32Array(mentees);
  for (let i = 0; i < mentees; i++) menteeSector[i] = hash2(i, 1, seed ^ 0x51) % SECTORS;
  const mentorGroup = new Int32Array(mentors);
  for (let j = 0; j < mentors; j++)
    mentorGroup[j] = j < popular ? SECTORS : hash2(j, 2, seed ^ 0x77) % SECTORS;
  const quality = new Float64Array(mentors);
  for (let j = 0; j < mentors; j++) quality[j] = hash2(j, 3, seed ^ 0x1d) / 2 ** 32;
  const score = (i: number, j: number): number | null => {
    const h = hash2(i, j, seed);
    if (h % 20 === 0) return null;
    const g = mentorGroup[j] as number;
    const base = g === SECTORS ? 0.7 : g === menteeSector[i] ? 0.4 : 0;
    return base + QUALITY * (quality[j] as number) + (NOISE * hash2(j, i, seed ^ 0x3c)) / 2 ** 32;
  };
  return { mentees, mentors, popular, score, menteeSector, mentorGroup, quality };
}

export function sectorPoolMatrix(pool: SectorPool): Float64Array {
  const { mentees: n, mentors: m } = pool;
  const values = new Float64Array(n * m);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) values[i * m + j] = pool.score(i, j) ?? Number.NaN;
  }
  return values;
}

/** `onPrices` indexes the prices once per round; `findCandidates` answers per mentee. */
export function sectorCandidateGenerator(pool: SectorPool) {
  const groups = SECTORS + 1;
  const members: Int32Array[] = [];
  for (let g = 0; g < groups; g++) {
    const list: number[] = [];
    for (let j = 0; j < pool.mentors; j++) if (pool.mentorGroup[j] === g) list.push(j);
    members.push(Int32Array.from(list));
  }
  const sorted: Int32Array[] = members.map((list) => list.slice());
  const maxKey = new Float64Array(groups);
  const key = new Float64Array(pool.mentors); // QUALITY * quality - price: the mentor-level part
  let order = new Int32Array(0); // sectors by best key, descending
  let prices: Float64Array = new Float64Array(pool.mentors);
  const onPrices = (next: Float64Array) => {
    prices = next;
    for (let j = 0; j < pool.mentors; j++)
      key[j] = QUALITY * (pool.quality[j] as number) - (prices[j] as number);
    for (let g = 0; g < groups; g++) {
      const list = sorted[g] as Int32Array;
      list.sort((a, b) => (key[b] as number) - (key[a] as number) || a - b);
      maxKey[g] = list.length > 0 ? (key[list[0] as number] as number) : Number.NEGATIVE_INFINITY;
    }
    order = Int32Array.from({ length: SECTORS }, (_, g) => g).sort(
      (a, b) => (maxKey[b] as number) - (maxKey[a] as number) || a - b,
    );
  };
  const findCandidates = (i: number, _prices: Float64Array, count: number, floor: number) => {
    const topValue: number[] = [];
    const topMentor: number[] = [];
    const topScore: number[] = [];
    const own = pool.menteeSector[i] as number;
    const scan = (g: number, base: number): boolean => {
      const threshold = () =>
        topValue.length < count ? floor : Math.max(floor, topValue[count - 1] as number);
      if (base + NOISE + (maxKey[g] as number) <= threshold()) return false;
      for (const j of sorted[g] as Int32Array) {
        const price = prices[j] as number;
        if (base + NOISE + (key[j] as number) <= threshold()) break;
        const s = pool.score(i, j);
        if (s === null) continue;
        const value = s - price;
        if (value <= threshold()) continue;
        let p = topValue.length < count ? topValue.length : count - 1;
        while (p > 0 && (topValue[p - 1] as number) < value) {
          topValue[p] = topValue[p - 1] as number;
          topMentor[p] = topMentor[p - 1] as number;
          topScore[p] = topScore[p - 1] as number;
          p--;
        }
        topValue[p] = value;
        topMentor[p] = j;
        topScore[p] = s;
      }
      return true;
    };
    scan(SECTORS, 0.7);
    scan(own, 0.4);
    for (const g of order) {
      if (g === own) continue;
      if (!scan(g, 0)) break; // sectors come by best key: no later one can do better
    }
    return { mentors: topMentor, scores: topScore };
  };
  return { onPrices, findCandidates };
}
