import type { z } from "zod";
import { OffboardError } from "../errors.js";
import type { PlannedStep } from "./types.js";

/** A planned step's `detail`, validated against the connector's schema for that action (CONNECTOR_FAILED otherwise). */
export function stepDetail<T>(schema: z.ZodType<T>, step: PlannedStep): T {
  const parsed = schema.safeParse(step.detail);
  if (!parsed.success) {
    throw new OffboardError("CONNECTOR_FAILED", `${step.connector}: ${step.action} step has an invalid detail: ${parsed.error.issues[0]?.message ?? ""}`, {
      connector: step.connector, action: step.action,
    });
  }
  return parsed.data;
}
