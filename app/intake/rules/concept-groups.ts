import type { Concept } from "../lexicon/index.js";

/** Concept groups several phrase rules share (rules/*.ts). */
export const PEOPLE_OBJECT: readonly Concept[] = ["EXEC", "ALL_PEOPLE", "BREAKGLASS", "OTHER_EMAIL", "PRIV_EMAIL"];
/** Where a text changes an earlier request: a correction, a mistake owned up to, a wrong person, an update. */
export const CHANGE_CUE: readonly Concept[] = ["CORRECTION_CUE", "MISTAKE_CUE", "WRONG_PERSON", "UPDATE_CUE"];
/** An approval, in any language the lexicon covers. */
export const APPROVAL: readonly Concept[] = ["APPROVAL_NOUN", "APPROVAL_MORE"];
/** The review machinery or the route a request takes to it ("approval chain", "review queue", "the approvers"). */
export const USUAL_ROUTE: readonly Concept[] = ["REVIEW", "REVIEW_STRONG", "GATE", "GATE_SECURITY", "ROUTE_NOUN"];
/** A review or approval, or the step that gives it ("the approval stage", "the review task", "security review"). */
export const APPROVAL_STEP: readonly Concept[] = ["REVIEW", "APPROVAL_NOUN", "GATE", "GATE_SECURITY"];
/** Who approves or reviews, or the route to them ("his line manager", "HR", "the reviewers", "the approval chain"). */
export const APPROVER_SIDE: readonly Concept[] = ["APPROVER_PARTY", "GATE_SECURITY", "GATE", "ROUTE_NOUN", "APPROVAL_NOUN", "REVIEW"];
/** The action done now, the approval or its paperwork, and a time after the action (the approval put off until after it). */
export const DO_NOW: readonly Concept[] = ["IMMEDIATE", "ACT_FIRST", "ACT_NOW"];
export const PAPER: readonly Concept[] = ["APPROVAL_NOUN", "APPROVAL_MORE", "REVIEW_STRONG", "PAPERWORK"];
/** Every one of a group of people: "all", "everyone", "the whole". */
export const ALL_OF: readonly Concept[] = ["ALL_SCOPE", "ALL_WORD", "WHOLE", "EVERYTHING", "ALL_PEOPLE"];
export const DEFER: readonly Concept[] = ["AFTERWARDS", "LATER", "DEFERRED", "DEFER_TIME"];
/** "to follow in the normal queue": the approval comes the usual way (words too common to be concepts). */
export const IN_THE_USUAL: readonly string[] = ["in the normal", "in the usual", "in the standard", "through the normal", "through the usual", "via the normal", "via the usual", "per the normal", "per the usual", "as usual", "as normal"];
/** Security or its review, who a request is sent to again ("Security", "the CISO", "the security review", "the approvers"). */
export const SECURITY_SIDE: readonly Concept[] = ["SECURITY", "GATE_SECURITY", "REVIEW_STRONG"];
