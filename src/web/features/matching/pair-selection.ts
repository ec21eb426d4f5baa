import type { ConfirmInput, ProposedPair } from '../../api/types';

/** What the coach decided for one proposed pair, keyed by the mentee's id. */
export interface PairChoice {
  /** Send this pair when confirming. */
  confirm: boolean;
  /** The proposed mentor, or one of the alternatives the coach picked instead. */
  mentorId: string;
  /** Why the coach picked another mentor than the engine (required then). */
  overrideReason: string;
  /** Keep this pair fixed in the next run. */
  locked: boolean;
  /** Blocked for good: neither confirmed nor locked. */
  blocked: boolean;
}

export type PairChoices = Record<string, PairChoice>;

/** The server's minimum length of an override reason (contracts/matching.ts). */
export const overrideReasonMin = 5;

export function initialChoices(pairs: readonly ProposedPair[]): PairChoices {
  return Object.fromEntries(
    pairs.map((pair) => [
      pair.mentee.id,
      { confirm: true, mentorId: pair.mentor.id, overrideReason: '', locked: pair.locked, blocked: false },
    ]),
  );
}

function choiceFor(pair: ProposedPair, choices: PairChoices): PairChoice {
  return (
    choices[pair.mentee.id] ?? {
      confirm: false,
      mentorId: pair.mentor.id,
      overrideReason: '',
      locked: false,
      blocked: false,
    }
  );
}

/** The mentor the coach chose for a pair (the proposal unless an alternative was picked). */
export function chosenMentor(pair: ProposedPair, choice: PairChoice) {
  if (choice.mentorId === pair.mentor.id) return pair.mentor;
  return (
    pair.alternatives.find((alternative) => alternative.mentor.id === choice.mentorId)?.mentor ?? pair.mentor
  );
}

/** The locked pairs [menteeId, mentorId] for the next run, with the mentor the coach chose. */
export function lockedPairs(pairs: readonly ProposedPair[], choices: PairChoices): [string, string][] {
  return pairs
    .map((pair) => ({ pair, choice: choiceFor(pair, choices) }))
    .filter(({ choice }) => choice.locked && !choice.blocked)
    .map(({ pair, choice }) => [pair.mentee.id, chosenMentor(pair, choice).id]);
}

/** The pairs to confirm, and the mentees whose override reason is missing or too short. */
export function confirmSelection(
  pairs: readonly ProposedPair[],
  choices: PairChoices,
): { body: ConfirmInput; missingReasons: string[] } {
  const selected = pairs
    .map((pair) => ({ pair, choice: choiceFor(pair, choices) }))
    .filter(({ choice }) => choice.confirm && !choice.blocked);
  const missingReasons: string[] = [];
  const body: ConfirmInput = {
    pairs: selected.map(({ pair, choice }) => {
      const mentor = chosenMentor(pair, choice);
      if (mentor.id === pair.mentor.id) return { menteeId: pair.mentee.id, mentorId: mentor.id };
      const overrideReason = choice.overrideReason.trim();
      if (overrideReason.length < overrideReasonMin) missingReasons.push(pair.mentee.id);
      return { menteeId: pair.mentee.id, mentorId: mentor.id, overrideReason };
    }),
  };
  return { body, missingReasons };
}

/** The form field that holds a mentee's override reason. */
export const overrideField = (menteeId: string) => `override-${menteeId}`;

/**
 * The server names a field as ['pairs', i, 'overrideReason'] in the confirm body; this maps it
 * to the override field of that pair's mentee.
 */
export function overrideFieldForPath(field: string, body: ConfirmInput): string | null {
  const match = /^pairs\.(\d+)\.overrideReason$/.exec(field);
  const menteeId = match ? body.pairs[Number(match[1])]?.menteeId : undefined;
  return menteeId ? overrideField(menteeId) : null;
}
