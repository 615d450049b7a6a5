import type { EventRule } from "../rule.ts";
import { theftRule } from "./theft.ts";
import { missileLaunchRule } from "./missile-launch.ts";
import { designationRule } from "./designation.ts";
import { meetingRule } from "./meeting.ts";
import { voteRule, vetoRule } from "./vote.ts";
import { nuclearTestRule } from "./nuclear-test.ts";
import { treatyRule } from "./treaty.ts";
import { statementRule } from "./statement.ts";

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
];
