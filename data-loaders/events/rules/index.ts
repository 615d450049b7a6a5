import type { EventRule } from "../rule.ts";
import { theftRule } from "./theft.ts";
import { missileLaunchRule } from "./missile-launch.ts";
import { designationRule } from "./designation.ts";
import { meetingRule } from "./meeting.ts";
import { voteRule, vetoRule } from "./vote.ts";
import { nuclearTestRule } from "./nuclear-test.ts";
import { treatyRule } from "./treaty.ts";
import { statementRule } from "./statement.ts";

/**
 * A rule with every field, in one order, the optional ones undefined: the event loop reads rules of every type at the
 * same places, and through one hidden class rather than nine.
 */
function withEveryField(rule: EventRule): EventRule {
  return {
    type: rule.type,
    trigger: rule.trigger,
    applies: rule.applies,
    claims: rule.claims,
    requiresClaim: rule.requiresClaim,
    inheritsDate: rule.inheritsDate,
    datedByPublication: rule.datedByPublication,
    needsDate: rule.needsDate,
    needs: rule.needs,
    build: rule.build,
  };
}

/** Every clause-level event rule, in the order their events are listed within a clause. */
export const EVENT_RULES: readonly EventRule[] = [
  theftRule,
  missileLaunchRule,
  designationRule,
  nuclearTestRule,
  meetingRule,
  voteRule,
  vetoRule,
  treatyRule,
  statementRule,
].map(withEveryField);
