# METADATA
# title: Offboarding decision
# description: >-
#   Decides one offboarding request. The gatekeeper queries data.offboard.decision with the
#   input document offboard.input/v1 (docs/POLICY_INPUT.md). Outcomes, strongest first:
#   block > deny > require_hitl > allow. Every reason's code and message come from the
#   annotations of the rule that raised it; every table and threshold lives in
#   settings/data.json (data.offboard.settings). The policy never reads the wall clock.
package offboard

_settings := data.offboard.settings

_input_version := "offboard.input/v1"

_day_seconds := 86400

# Every risk factor the policy knows; each must have an integer weight in the settings.
_factor_names := {
	"privileged",
	"production_owner",
	"hris_disagreement",
	"recent_escalation",
	"prompt_injection",
	"low_confidence",
	"involuntary",
	"short_notice",
	"many_groups",
}

# Settings that must be non-negative integers (paths below data.offboard.settings).
_integer_settings := [
	["min_confidence"],
	["escalation_window_days"],
	["risk", "threshold"],
	["risk", "short_notice_max_days"],
	["risk", "many_groups_min"],
	["approvals", "default", "required"],
	["approvals", "elevated", "required"],
]

# Settings that must be arrays (a missing list would silently switch a deny off).
_array_settings := [
	["allowed_requesters", "emails"],
	["allowed_requesters", "domains"],
	["protected_account_types"],
	["protected_accounts"],
	["protected_target_keys"],
	["risk", "involuntary_kinds"],
	["approvals", "default", "teams"],
	["approvals", "elevated", "teams"],
	["approvals", "elevated_factors"],
]

# METADATA
# title: Decision document
# description: The one document the gatekeeper reads; its shape is DecisionSchema in app/policy/types.ts.
# entrypoint: true
decision := {
	"outcome": outcome,
	"reasons": reasons,
	"risk": risk,
	"approvals": approvals,
	"phases": phases,
}

# METADATA
# title: Outcome
# description: The strongest tier with at least one reason wins; allow when no reason fired.
# scope: document
default outcome := "allow"

outcome := "block" if {
	count(block) > 0
} else := "deny" if {
	count(deny) > 0
} else := "require_hitl" if {
	count(hitl) > 0
}

# METADATA
# title: Reasons
# description: >-
#   The reasons of the winning tier only (they explain the outcome), sorted by code so that the
#   Wasm build and `opa eval` serialise the same array. Empty for allow.
reasons := _sorted_by_code({"block": block, "deny": deny, "require_hitl": hitl, "allow": set()}[outcome])

# METADATA
# title: Risk score
# description: >-
#   The plain sum of the weights (settings risk.weights) of the factors present. Not clamped:
#   the weights are checked to be non-negative integers, so the sum is one too.
risk := sum([_settings.risk.weights[name] | some name in risk_factors])

# METADATA
# title: Approvals
# description: >-
#   None unless the outcome is require_hitl; then settings approvals.elevated when any of
#   approvals.elevated_factors is present, else approvals.default.
approvals := {"required": 0, "teams": []} if {
	outcome != "require_hitl"
} else := _approval_tier(_settings.approvals.elevated) if {
	some name in _settings.approvals.elevated_factors
	name in risk_factors
} else := _approval_tier(_settings.approvals.default)

# METADATA
# title: Phases
# description: >-
#   The soft phase runs only when the request may proceed (after approval for require_hitl).
#   The hard phase always carries the policy's reinstate window (settings
#   reinstate_window_seconds, 300 when absent) so a packet never invents its own.
phases := {
	"soft": outcome in {"allow", "require_hitl"},
	"hard": {"delay_seconds": _reinstate_window_seconds},
}

_reinstate_window_seconds := object.get(_settings, "reinstate_window_seconds", 300)

_approval_tier(tier) := {"required": tier.required, "teams": tier.teams}

_reason(annotation) := {"code": annotation.custom.short_name, "message": annotation.custom.failure_msg}

_reason_with_detail(annotation, detail) := _reason(annotation) if {
	detail == ""
} else := {
	"code": annotation.custom.short_name,
	"message": concat(": ", [annotation.custom.failure_msg, detail]),
}

_sorted_by_code(found) := [item |
	some code in sort({r.code | some r in found})
	some item in found
	item.code == code
]

# --- risk factors (weights in data.offboard.settings.risk.weights) -----------------------------

# METADATA
# title: Risk factors
# description: The names of the risk factors present; each adds its weight to the risk score.
# scope: document
risk_factors contains "privileged" if input.target.privileged

risk_factors contains "production_owner" if input.target.production_owner

risk_factors contains "hris_disagreement" if _hris_disagrees

risk_factors contains "recent_escalation" if _recent_escalation

risk_factors contains "prompt_injection" if input.intake.prompt_injection_suspected

risk_factors contains "low_confidence" if _low_confidence

risk_factors contains "involuntary" if input.request.kind in _settings.risk.involuntary_kinds

risk_factors contains "short_notice" if input.request.days_until_effective <= _settings.risk.short_notice_max_days

risk_factors contains "many_groups" if input.target.group_count >= _settings.risk.many_groups_min

# HRIS has no record of the person, or has one that does not confirm the departure.
default _hris_disagrees := true

_hris_disagrees := false if {
	input.hris.found
	input.hris.agrees
}

# An escalation exactly escalation_window_days old still counts (the edge is inclusive), and so
# does one dated after input.now (clock skew between systems errs towards review). Written with
# `every` so that a missing window setting reads as "recent" (fail closed).
default _recent_escalation := true

_recent_escalation := false if {
	every at in input.target.escalations {
		input.now - at > _settings.escalation_window_days * _day_seconds
	}
}

# Strictly under the threshold is low; exactly the threshold is enough. Written as a negation so
# that a missing threshold reads as "low" (fail closed).
default _low_confidence := true

_low_confidence := false if input.intake.confidence >= _settings.min_confidence

default _risk_within_threshold := false

_risk_within_threshold if risk <= _settings.risk.threshold

# --- block: the request cannot be decided now ---------------------------------------------------

# METADATA
# title: Offboarding freeze
# description: The security team froze all offboarding (settings freeze.enabled); nothing proceeds until it is lifted.
# custom:
#   short_name: freeze_active
#   failure_msg: Offboarding is frozen by policy
block contains result if {
	_settings.freeze.enabled == true
	result := _reason_with_detail(rego.metadata.rule(), object.get(_settings, ["freeze", "message"], ""))
}

# METADATA
# title: Target not resolved
# description: >-
#   The directory did not resolve the target to exactly one account. target.resolved is the
#   source of truth (intake may have scrubbed target_email while the gatekeeper still resolved
#   the target by its key).
# custom:
#   short_name: target_unresolved
#   failure_msg: The target could not be resolved to exactly one directory account; fix the request's target.
block contains result if {
	not input.target.resolved
	result := _reason(rego.metadata.rule())
}

# METADATA
# title: Conflicting open request
# description: Another open request (different id) targets the same person; one of them must be closed first.
# custom:
#   short_name: conflicting_open_request
#   failure_msg: Another open offboarding request targets the same person; close or merge it first.
block contains result if {
	some other in input.open_requests
	other.target_key == input.request.target_key
	other.id != input.request.id
	result := _reason(rego.metadata.rule())
}

# METADATA
# title: Unsupported input version
# description: The input document is not offboard.input/v1; the policy refuses to guess.
# custom:
#   short_name: input_version_unsupported
#   failure_msg: The policy input version is not offboard.input/v1; upgrade the gatekeeper or the policy.
block contains result if {
	input.version != _input_version
	result := _reason(rego.metadata.rule())
}

# METADATA
# title: Policy settings invalid
# description: >-
#   A threshold, weight or list in data.offboard.settings is missing or has the wrong type.
#   Deciding anyway could silently switch a check off, so nothing proceeds.
# custom:
#   short_name: settings_invalid
#   failure_msg: The policy settings (policies/offboard/settings/data.json) are missing a value or have a wrong type.
block contains result if {
	_settings_invalid
	result := _reason(rego.metadata.rule())
}

_settings_invalid if {
	some path in _integer_settings
	not _non_negative_integer(object.get(_settings, path, null))
}

_settings_invalid if {
	some name in _factor_names
	not _non_negative_integer(object.get(_settings, ["risk", "weights", name], null))
}

_settings_invalid if {
	some path in _array_settings
	not is_array(object.get(_settings, path, null))
}

_settings_invalid if not _non_negative_integer(_reinstate_window_seconds)

# An approval tier that nobody has to approve would turn require_hitl into allow.
_settings_invalid if {
	some tier in ["default", "elevated"]
	not _settings.approvals[tier].required >= 1
}

_settings_invalid if {
	some tier in ["default", "elevated"]
	count(_settings.approvals[tier].teams) == 0
}

_settings_invalid if not is_boolean(object.get(_settings, ["freeze", "enabled"], null))

_non_negative_integer(value) if {
	is_number(value)
	value >= 0
	floor(value) == value
}

# --- deny: the request must not be carried out ------------------------------------------------

# METADATA
# title: Protected account type
# description: Break-glass and service accounts (settings protected_account_types) are never offboarded by the bot.
# custom:
#   short_name: protected_account_type
#   failure_msg: The target is a protected account type (break-glass or service); it is never offboarded by the bot.
deny contains result if {
	input.target.account_type in _settings.protected_account_types
	result := _reason(rego.metadata.rule())
}

# METADATA
# title: Protected account
# description: The target is listed in settings protected_accounts (by email) or protected_target_keys (by key).
# custom:
#   short_name: protected_account_listed
#   failure_msg: The target is on the policy's list of protected accounts; it is never offboarded by the bot.
deny contains result if {
	_listed_as_protected
	result := _reason(rego.metadata.rule())
}

# METADATA
# title: Requester not allowed
# description: >-
#   The requester is neither listed in settings allowed_requesters.emails nor has an email
#   address whose domain is exactly one of allowed_requesters.domains (no subdomains).
# custom:
#   short_name: requester_not_allowed
#   failure_msg: The requester is not allowed to request offboarding; ask People Ops to file it.
deny contains result if {
	not _requester_allowed
	result := _reason(rego.metadata.rule())
}

_listed_as_protected if {
	is_string(input.request.target_email)
	lower(input.request.target_email) in {lower(email) | some email in _settings.protected_accounts}
}

_listed_as_protected if input.request.target_key in _settings.protected_target_keys

_requester := lower(input.request.requester)

_requester_allowed if _requester in {lower(email) | some email in _settings.allowed_requesters.emails}

_requester_allowed if {
	parts := split(_requester, "@")
	count(parts) == 2
	parts[0] != ""
	parts[1] in {lower(domain) | some domain in _settings.allowed_requesters.domains}
}

# --- require_hitl: a member of the approving teams must approve -------------------------------

# METADATA
# title: Privileged account
# description: The target holds privileged roles in the directory.
# custom:
#   short_name: privileged_account
#   failure_msg: The target account is privileged; a security approval is required.
hitl contains result if {
	input.target.privileged
	result := _reason(rego.metadata.rule())
}

# METADATA
# title: Production owner
# description: The target owns production resources; removing access may need a handover.
# custom:
#   short_name: production_owner
#   failure_msg: The target owns production resources; a security approval is required.
hitl contains result if {
	input.target.production_owner
	result := _reason(rego.metadata.rule())
}

# METADATA
# title: HRIS has no record
# description: The HRIS has no record of the target, so nothing confirms the departure.
# custom:
#   short_name: hris_not_found
#   failure_msg: The HRIS has no record of the target; a security approval is required.
hitl contains result if {
	not input.hris.found
	result := _reason(rego.metadata.rule())
}

# METADATA
# title: HRIS disagreement
# description: The HRIS has a record of the target but does not confirm the departure or its date.
# custom:
#   short_name: hris_disagreement
#   failure_msg: The HRIS record does not confirm this departure; a security approval is required.
hitl contains result if {
	input.hris.found
	not input.hris.agrees
	result := _reason(rego.metadata.rule())
}

# METADATA
# title: Recent privilege escalation
# description: >-
#   The target's privileges were escalated within settings escalation_window_days of
#   input.now (an escalation exactly at the window edge, or in the future, counts).
# custom:
#   short_name: recent_escalation
#   failure_msg: The target's privileges were escalated recently; a security approval is required.
hitl contains result if {
	_recent_escalation
	result := _reason(rego.metadata.rule())
}

# METADATA
# title: Prompt injection suspected
# description: The intake filter flagged the request text as a suspected prompt injection.
# custom:
#   short_name: prompt_injection_suspected
#   failure_msg: The request text looks like a prompt injection; a security approval is required.
hitl contains result if {
	input.intake.prompt_injection_suspected
	result := _reason(rego.metadata.rule())
}

# METADATA
# title: Low parse confidence
# description: The parse confidence (percent) is under settings min_confidence.
# custom:
#   short_name: low_parse_confidence
#   failure_msg: The request was parsed with low confidence; a security approval is required.
hitl contains result if {
	_low_confidence
	result := _reason(rego.metadata.rule())
}

# METADATA
# title: Risk over threshold
# description: The risk score (sum of factor weights) is over settings risk.threshold.
# custom:
#   short_name: risk_over_threshold
#   failure_msg: The combined risk of this request is over the policy's threshold; a security approval is required.
hitl contains result if {
	not _risk_within_threshold
	result := _reason(rego.metadata.rule())
}
