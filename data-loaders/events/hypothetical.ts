// Case-sensitive so that the month "May" is not the modal "may"; sentence-initial forms are listed capitalized.
// Words that put a clause in the conditional, the future or the wished-for: such clauses describe no event that happened.
const HYPOTHETICAL =
  /\b(?:would|could|might|may|should|possible|possibly|potential(?:ly)?|plans?|planned|planning|intends?|invitation|interest in|prepar(?:e|es|ed|ing)|if|whether|expected to|likely|consider(?:s|ed|ing)?|review(?:ing)?|necessity|pursu(?:e|es|ed|ing)|propos(?:e|es|ed|al)|seek(?:s|ing)?|call(?:s|ed)? for|push(?:es|ed|ing)? for|threaten(?:s|ed)?|vow(?:s|ed)?|future|next|If|Should|Would|Could|Whether)\b/;

/** True when a clause speaks of what might happen rather than what did. */
export function isHypothetical(clause: string): boolean {
  return HYPOTHETICAL.test(clause);
}
