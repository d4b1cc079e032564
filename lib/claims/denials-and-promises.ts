/**
 * Assertions that are claims because they deny or promise something checkable. ClaimBuster's
 * annotators marked most of these not check-worthy; the newsroom checks them, so both the score
 * (as policy cues) and the kind (HOAX_ASSERTION, PREDICTION) use these patterns.
 */

/**
 * "Those numbers are fake", "there have been no violations at all", "there were no attacks by our
 * fighters", "the army invents these incidents", "the report was wrong", "the claim
 * that crews were cut was \"simply untrue\"".
 */
export const DENIAL = new RegExp(
  [
    String.raw`\b(?:fake|hoax(?:es)?|made[ -]up|fabricated|fabricates|invented|invents|cooked up|never happened|did not happen|didn't happen|not a single)\b`,
    String.raw`\bthere (?:was|were) no [\w-]+ (?:by|from|against|on|at)\b`,
    String.raw`\bno (?:[\w-]+ ){1,2}at all\b`,
    String.raw`\bthere (?:has|have|had) (?:never )?been no\b`,
    String.raw`\b(?:report|reports|figures?|numbers?|statistics|data|story|stories|claims?|allegations?)(?: that [^.;]{1,120}?)? (?:is|are|was|were) ["“]?(?:simply |just |completely |totally )?(?:wrong|false|untrue|a lie|lies|nonsense|rubbish)\b`,
  ].join('|'),
  'i',
);

/** "within two weeks", "by 2030", "in its first year": a deadline that makes a promise checkable later. */
export const DEADLINE =
  /\b(?:within (?:a|an|the next|\w+) (?:days?|weeks?|months?|years?)|by (?:the end of )?(?:the )?(?:(?:19|20)\d\d|next (?:week|month|year)|(?:this |the )?(?:parliament|decade|term)|january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter)|in (?:its|their|the) first (?:year|month|week)|next (?:week|month|year))\b/i;

const FUTURE = /\b(?:will|'ll|going to|gonna|shall)\b/i;
// Reported promises come in the past tense: "said the centre would treat 50,000 patients in its first year".
const REPORTED_FUTURE = /\bwould\b/i;

/**
 * The deadline or figure that makes a statement about the future checkable, or null. A figure counts
 * only with "will"-like futures; "would" needs a deadline, since "it would cost 5 billion" is a hypothesis.
 */
export function promiseEvidence(text: string, figure: string | null): string | null {
  const deadline = text.match(DEADLINE)?.[0] ?? null;
  if (FUTURE.test(text)) return deadline ?? figure;
  // "(promised) to build 10,000 homes by 2030": what was promised, with its deadline.
  if (/^to \w/i.test(text) && deadline) return deadline;
  return REPORTED_FUTURE.test(text) ? deadline : null;
}
