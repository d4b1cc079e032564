import { CHARACTERISATIONS, PERIODS, PLACES, SUBJECTS, TOPICS, VERBS } from './word-lists';
import type { seeded } from './random';

type Rng = ReturnType<typeof seeded>;

/** One claim's text and kind from a handful of templates a press conference really produces. */
export function claimText(rng: Rng, speaker: string) {
  const place = rng.pick(PLACES);
  const kind = rng.weighted({
    CASUALTY_FIGURE: 20,
    STATISTIC: 25,
    AGREEMENT: 15,
    HOAX_ASSERTION: 10,
    CHARACTERISATION: 15,
    PREDICTION: 10,
    OTHER: 5,
  });
  const lo = rng.int(1, 90) * 100;
  const hi = lo + rng.int(1, 20) * 100;
  const subject = rng.pick(SUBJECTS);
  const topic = rng.pick(TOPICS);
  switch (kind) {
    case 'CASUALTY_FIGURE': {
      const period = rng.pick(PERIODS);
      const verb = rng.pick(VERBS.slice(0, 3));
      return {
        kind,
        quantity: { min: lo, max: hi, unit: `${subject} ${verb}`, period },
        text: `${speaker} says ${lo.toLocaleString('en')} to ${hi.toLocaleString('en')} ${subject} were ${verb} per ${period} near ${place}`,
      };
    }
    case 'STATISTIC':
      return {
        kind,
        quantity: null,
        text: `${topic} in ${place} rose by ${rng.int(2, 60)} percent since ${rng.int(2014, 2026)}, according to ${speaker}`,
      };
    case 'AGREEMENT':
      return {
        kind,
        quantity: null,
        text: `${speaker} says leaders agreed on ${topic} during talks in ${place}`,
      };
    case 'HOAX_ASSERTION':
      return {
        kind,
        quantity: null,
        text: `${speaker} calls the reports about ${topic} in ${place} a ${rng.pick(CHARACTERISATIONS.slice(0, 2))}`,
      };
    case 'CHARACTERISATION':
      return {
        kind,
        quantity: null,
        text: `${speaker} describes the ${topic} policy as a ${rng.pick(CHARACTERISATIONS)} for ${place}`,
      };
    case 'PREDICTION':
      return {
        kind,
        quantity: null,
        text: `${speaker} predicts the ${topic} will end within ${rng.int(2, 24)} months in ${place}`,
      };
    default:
      return {
        kind,
        quantity: null,
        text: `${speaker} says ${rng.int(2, 40)} ${subject} from ${place} ${rng.pick(VERBS)} last ${rng.pick(PERIODS)}`,
      };
  }
}
