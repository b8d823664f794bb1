import type { ExtractedFields, RequestKind } from "./extract-fields.js";
import type { LlmOutput } from "./llm-extract.js";

export interface MergedFields {
  targetEmail: string | null;
  employeeId: string | null;
  name: string | null;
  kind: RequestKind | null;
  effectiveDate: string | null;
  confidence: number;
  basis: string[];
}

/** Deterministic evidence, percent. Free text never reaches 100: at most 85 alone, 95 with a model that agrees. */
/**
 * The only address alone is weak evidence: on a second author's 160 honest requests (2026-11-27) it was someone else's (the
 * writer's signature, a forwarded mail's sender, a team mailbox) in 21 of 52, nine of them at a confidence the policy
 * accepted without review. So it earns 20, and a request on it alone stays under min_confidence; in brackets after the name
 * it spells, 45.
 */
const TARGET = { named_address: 45, only_address: 20, action_context: 40, ambiguous: 0, none: 0 } as const;
const DATE = { single: 20, labelled: 15, inferred: 15, ambiguous_order: 10, conflicting: 0, none: 0 } as const;
const KIND = { single: 15, majority: 10, conflicting: 0, none: 0 } as const;
export const DETERMINISTIC_CAP = 85;
export const WITH_MODEL_CAP = 95;
/**
 * A target chosen by where it stands ("please disable x@") while the text gives another personal address that could be
 * the leaver's (ExtractedFields.rivals): "Maria Alexiou, maria.alexiou@ ... please make sure the disable runs against
 * marla.alexiou@". Which of the two leaves is the request's whole point, and the parser chose by position: a reader
 * confirms. The cap is under the policy's min_confidence (70) whatever a model adds, since a model that obeyed the text
 * would agree with the position.
 */
export const CONTESTED_TARGET_CAP = 60;

/**
 * Confidence of a free-text parse, computed from what was found and how (docs/INTAKE.md has the
 * table). The model may fill a field the deterministic parser left empty (less credit than
 * deterministic evidence: +30 target, +10 date, +10 kind), earns +5 per field where it agrees,
 * and costs -10 per field where it disagrees (the deterministic value is kept). The model's own
 * stated confidence is never used.
 */
export function freeTextConfidence(det: ExtractedFields, model: LlmOutput | null, candidates: readonly string[]): MergedFields {
  const basis: string[] = [];
  let score = 0;
  const add = (points: number, why: string) => {
    score += points;
    basis.push(`${why}: ${points >= 0 ? "+" : ""}${points}`);
  };
  add(TARGET[det.targetBasis], `target (${det.targetBasis.replace("_", " ")})`);
  add(DATE[det.dateBasis], `effective date (${det.dateBasis.replace("_", " ")})`);
  add(KIND[det.kindBasis], `kind (${det.kindBasis})`);
  if (det.employeeId) add(5, "employee id found");
  if (det.name) add(5, "name matches the address");
  const merged: MergedFields = { targetEmail: det.targetEmail, employeeId: det.employeeId, name: det.name, kind: det.kind, effectiveDate: det.effectiveDate, confidence: 0, basis };
  if (score > DETERMINISTIC_CAP) {
    score = DETERMINISTIC_CAP;
    basis.push(`deterministic parse capped at ${DETERMINISTIC_CAP}`);
  }
  if (!model) {
    merged.confidence = contested(det, score, basis);
    return merged;
  }
  const modelTarget = model.target_email?.trim().toLowerCase() ?? null;
  if (det.targetEmail === null && modelTarget !== null && candidates.includes(modelTarget)) {
    merged.targetEmail = modelTarget;
    add(30, "model chose the target among the addresses in the text");
  } else if (det.targetEmail !== null && modelTarget === det.targetEmail) add(5, "model agrees on the target");
  for (const [field, label] of [["effectiveDate", "effective date"], ["kind", "kind"]] as const) {
    const mine = merged[field];
    const theirs = field === "effectiveDate" ? model.effective_date : model.kind;
    if (theirs === null) continue;
    if (mine === null) {
      if (field === "effectiveDate") merged.effectiveDate = theirs;
      else merged.kind = theirs as RequestKind;
      add(10, `${label} from the model`);
    } else if (mine === theirs) add(5, `model agrees on the ${label}`);
    else add(-10, `model disagrees on the ${label} (deterministic value kept)`);
  }
  if (merged.employeeId === null && model.employee_id) merged.employeeId = model.employee_id;
  if (merged.name === null && model.name) merged.name = model.name;
  if (score > WITH_MODEL_CAP) basis.push(`capped at ${WITH_MODEL_CAP}`);
  merged.confidence = contested(det, Math.max(0, Math.min(WITH_MODEL_CAP, score)), basis);
  return merged;
}

/** The score, capped at CONTESTED_TARGET_CAP (and the basis saying why) when the deterministic target was chosen by position beside a rival. */
function contested(det: ExtractedFields, score: number, basis: string[]): number {
  if (det.targetBasis !== "action_context" || det.rivals.length === 0 || score <= CONTESTED_TARGET_CAP) return score;
  const others = det.rivals.length === 1 ? "another personal address" : `${det.rivals.length} other personal addresses`;
  basis.push(`target chosen by its position while the text gives ${others} that could be the leaver's: capped at ${CONTESTED_TARGET_CAP}`);
  return CONTESTED_TARGET_CAP;
}
