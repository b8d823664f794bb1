package offboard_test

import data.offboard

# Tests for policies/offboard/offboard.rego. Each test patches one baseline input (an ordinary,
# fully agreed resignation that is allowed) with object.union, and thresholds are moved with
# `with offboard.settings... as` so every boundary is tested at threshold-1/threshold/+1.

_now := 1750000000

_day := 86400

# The shipped escalation window (settings escalation_window_days = 30) in seconds.
_window := 30 * _day

_base := {
	"version": "offboard.input/v1",
	"now": _now,
	"tenant": "acme",
	"request": {
		"id": "req-1",
		"kind": "resignation",
		"requester": "people-ops@example.com",
		"target_email": "bob@example.com",
		"target_key": "key-bob",
		"effective_date": "2025-07-01",
		"days_until_effective": 14,
	},
	"intake": {
		"source": "request_file",
		"confidence": 100,
		"prompt_injection_suspected": false,
		"finding_rules": [],
	},
	"target": {
		"resolved": true,
		"account_type": "human",
		"privileged": false,
		"production_owner": false,
		"roles": [],
		"group_count": 3,
		"escalations": [],
	},
	"hris": {"found": true, "status": "terminating", "agrees": true},
	"open_requests": [],
}

_input(patch) := object.union(_base, patch)

_codes(decision) := [r.code | some r in decision.reasons]

_no_approvals := {"required": 0, "teams": []}

# --- allow ----------------------------------------------------------------------------------------

test_allow_for_an_ordinary_agreed_resignation if {
	offboard.decision == {
		"outcome": "allow",
		"reasons": [],
		"risk": 0,
		"approvals": _no_approvals,
		"phases": {"soft": true, "hard": {"delay_seconds": 300}},
	} with input as _base
}

test_reinstate_window_comes_from_settings if {
	d := offboard.decision with input as _base with offboard.settings.reinstate_window_seconds as 900
	d.phases.hard.delay_seconds == 900
}

test_reinstate_window_defaults_to_300_when_absent if {
	settings := object.remove(offboard.settings, ["reinstate_window_seconds"])
	d := offboard.decision with input as _base with offboard.settings as settings
	d.outcome == "allow"
	d.phases.hard.delay_seconds == 300
}

test_allow_keeps_a_risk_under_the_threshold if {
	d := offboard.decision with input as _input({"request": {"kind": "termination", "days_until_effective": 0}})
	d.outcome == "allow"
	d.risk == 40
}

# --- require_hitl: one test per trigger -----------------------------------------------------------

test_privileged_account_needs_two_security_approvals if {
	d := offboard.decision with input as _input({"target": {"privileged": true}})
	d.outcome == "require_hitl"
	_codes(d) == ["privileged_account"]
	d.risk == 40
	d.approvals == {"required": 2, "teams": ["security"]}
	d.phases.soft == true
}

test_production_owner_needs_two_security_approvals if {
	d := offboard.decision with input as _input({"target": {"production_owner": true}})
	d.outcome == "require_hitl"
	_codes(d) == ["production_owner"]
	d.risk == 30
	d.approvals.required == 2
}

test_hris_not_found_needs_one_approval if {
	d := offboard.decision with input as _input({"hris": {"found": false, "status": "unknown", "agrees": false}})
	d.outcome == "require_hitl"
	_codes(d) == ["hris_not_found"]
	d.risk == 25
	d.approvals == {"required": 1, "teams": ["security"]}
}

test_hris_disagreement_needs_one_approval if {
	d := offboard.decision with input as _input({"hris": {"status": "active", "agrees": false}})
	d.outcome == "require_hitl"
	_codes(d) == ["hris_disagreement"]
	d.risk == 25
}

test_prompt_injection_with_clamped_confidence_and_scrubbed_target if {
	# What intake emits when the filter fires: identity scrubbed, confidence clamped under 40;
	# the gatekeeper still resolved the target by key, so this is HITL, not block.
	d := offboard.decision with input as _input({
		"request": {"target_email": null},
		"intake": {"source": "free_text", "confidence": 39, "prompt_injection_suspected": true},
	})
	d.outcome == "require_hitl"
	_codes(d) == ["low_parse_confidence", "prompt_injection_suspected", "risk_over_threshold"]
	d.risk == 70
	d.approvals.required == 1
}

test_confidence_one_under_threshold_needs_approval if {
	d := offboard.decision with input as _input({"intake": {"confidence": 69}})
	d.outcome == "require_hitl"
	_codes(d) == ["low_parse_confidence"]
	d.risk == 20
}

test_confidence_at_threshold_is_enough if {
	offboard.outcome == "allow" with input as _input({"intake": {"confidence": 70}})
	offboard.outcome == "allow" with input as _input({"intake": {"confidence": 71}})
}

test_confidence_threshold_comes_from_settings if {
	offboard.outcome == "require_hitl" with input as _input({"intake": {"confidence": 80}})
		with offboard.settings.min_confidence as 81
}

# --- recent escalation: the window edge is inclusive -----------------------------------------------

test_escalation_exactly_at_window_edge_counts if {
	d := offboard.decision with input as _input({"target": {"escalations": [_now - _window]}})
	_codes(d) == ["recent_escalation"]
	d.risk == 25
}

test_escalation_one_second_inside_window_counts if {
	reason := {
		"code": "recent_escalation",
		"message": "The target's privileges were escalated recently; a security approval is required.",
	}
	reason in offboard.hitl with input as _input({"target": {"escalations": [(_now - _window) + 1]}})
}

test_escalation_one_second_outside_window_does_not_count if {
	offboard.outcome == "allow" with input as _input({"target": {"escalations": [(_now - _window) - 1]}})
}

test_escalation_in_the_future_counts if {
	offboard.outcome == "require_hitl" with input as _input({"target": {"escalations": [_now + 60]}})
}

test_one_recent_escalation_among_old_ones_counts if {
	old := _now - (90 * _day)
	offboard.outcome == "require_hitl" with input as _input({"target": {"escalations": [old, _now - _day, old]}})
	offboard.outcome == "allow" with input as _input({"target": {"escalations": [old, old - _day]}})
}

test_escalation_window_comes_from_settings if {
	at := _now - (10 * _day)
	offboard.outcome == "allow" with input as _input({"target": {"escalations": [at]}})
		with offboard.settings.escalation_window_days as 9
	offboard.outcome == "require_hitl" with input as _input({"target": {"escalations": [at]}})
		with offboard.settings.escalation_window_days as 10
}

# --- risk: factors that are not triggers alone, and the threshold -----------------------------------

_risky_but_no_trigger := _input({
	"request": {"kind": "termination", "days_until_effective": 1},
	"target": {"group_count": 25},
})

test_risk_over_threshold_from_non_trigger_factors_alone if {
	d := offboard.decision with input as _risky_but_no_trigger
	d.outcome == "require_hitl"
	_codes(d) == ["risk_over_threshold"]
	d.risk == 55
	d.approvals == {"required": 1, "teams": ["security"]}
	offboard.risk_factors == {"involuntary", "short_notice", "many_groups"} with input as _risky_but_no_trigger
}

test_risk_threshold_boundaries if {
	# risk is 55: over 54, not over 55 or 56
	offboard.outcome == "require_hitl" with input as _risky_but_no_trigger
		with offboard.settings.risk.threshold as 54
	offboard.outcome == "allow" with input as _risky_but_no_trigger
		with offboard.settings.risk.threshold as 55
	offboard.outcome == "allow" with input as _risky_but_no_trigger
		with offboard.settings.risk.threshold as 56
}

test_risk_adds_every_weight_present if {
	all_factors := _input({
		"request": {"kind": "termination", "days_until_effective": -3},
		"intake": {"confidence": 10, "prompt_injection_suspected": true},
		"target": {"privileged": true, "production_owner": true, "group_count": 100, "escalations": [_now]},
		"hris": {"agrees": false},
	})
	offboard.risk == 245 with input as all_factors
	count(offboard.risk_factors) == 9 with input as all_factors
}

test_short_notice_boundary if {
	"short_notice" in offboard.risk_factors with input as _input({"request": {"days_until_effective": 0}})
	"short_notice" in offboard.risk_factors with input as _input({"request": {"days_until_effective": 1}})
	not "short_notice" in offboard.risk_factors with input as _input({"request": {"days_until_effective": 2}})
}

test_many_groups_boundary if {
	not "many_groups" in offboard.risk_factors with input as _input({"target": {"group_count": 24}})
	"many_groups" in offboard.risk_factors with input as _input({"target": {"group_count": 25}})
	"many_groups" in offboard.risk_factors with input as _input({"target": {"group_count": 26}})
}

test_only_listed_kinds_are_involuntary if {
	"involuntary" in offboard.risk_factors with input as _input({"request": {"kind": "termination"}})
	not "involuntary" in offboard.risk_factors with input as _input({"request": {"kind": "contract_end"}})
	"involuntary" in offboard.risk_factors with input as _input({"request": {"kind": "contract_end"}})
		with offboard.settings.risk.involuntary_kinds as ["termination", "contract_end"]
}

# --- approvals ------------------------------------------------------------------------------------

test_approval_tiers_come_from_settings if {
	d := offboard.decision with input as _input({"hris": {"agrees": false}})
		with offboard.settings.approvals.default as {"required": 1, "teams": ["security", "people-ops"]}
	d.approvals == {"required": 1, "teams": ["security", "people-ops"]}
	e := offboard.decision with input as _input({"hris": {"agrees": false}})
		with offboard.settings.approvals.elevated_factors as ["hris_disagreement"]
	e.approvals.required == 2
}

test_privileged_with_other_reasons_still_elevated if {
	d := offboard.decision with input as _input({"target": {"privileged": true}, "hris": {"found": false}})
	_codes(d) == ["hris_not_found", "privileged_account", "risk_over_threshold"]
	d.approvals.required == 2
}

# --- deny -----------------------------------------------------------------------------------------

test_break_glass_and_service_accounts_are_denied if {
	d := offboard.decision with input as _input({"target": {"account_type": "break_glass"}})
	d.outcome == "deny"
	_codes(d) == ["protected_account_type"]
	d.approvals == _no_approvals
	d.phases.soft == false
	offboard.outcome == "deny" with input as _input({"target": {"account_type": "service"}})
	offboard.outcome == "allow" with input as _input({"target": {"account_type": "unknown"}})
}

test_listed_protected_email_is_denied_case_insensitively if {
	d := offboard.decision with input as _input({"request": {"target_email": "Root@Example.COM"}})
	d.outcome == "deny"
	_codes(d) == ["protected_account_listed"]
}

test_listed_protected_key_is_denied_even_when_email_scrubbed if {
	offboard.outcome == "deny" with input as _input({"request": {"target_email": null, "target_key": "key-root"}})
		with offboard.settings.protected_target_keys as ["key-root"]
	offboard.outcome == "allow" with input as _input({"request": {"target_email": null}})
}

test_requester_outside_allowed_domains_is_denied if {
	d := offboard.decision with input as _input({"request": {"requester": "mallory@evil.example"}})
	d.outcome == "deny"
	_codes(d) == ["requester_not_allowed"]
}

test_requester_domain_must_match_exactly if {
	offboard.outcome == "deny" with input as _input({"request": {"requester": "a@hr.example.com"}})
	offboard.outcome == "deny" with input as _input({"request": {"requester": "a@evil@example.com"}})
	offboard.outcome == "deny" with input as _input({"request": {"requester": "@example.com"}})
	offboard.outcome == "deny" with input as _input({"request": {"requester": "example.com"}})
	offboard.outcome == "allow" with input as _input({"request": {"requester": "People-Ops@EXAMPLE.com"}})
}

test_requester_listed_by_email_is_allowed if {
	offboard.outcome == "allow" with input as _input({"request": {"requester": "HR-Automation@example.org"}})
	offboard.outcome == "deny" with input as _input({"request": {"requester": "someone-else@example.org"}})
}

test_deny_beats_require_hitl if {
	d := offboard.decision with input as _input({
		"target": {"account_type": "break_glass", "privileged": true},
		"request": {"requester": "mallory@evil.example"},
	})
	d.outcome == "deny"
	_codes(d) == ["protected_account_type", "requester_not_allowed"]
	d.risk == 40
	d.approvals == _no_approvals
}

# --- block ----------------------------------------------------------------------------------------

test_freeze_blocks_with_the_settings_message if {
	d := offboard.decision with input as _base
		with offboard.settings.freeze as {"enabled": true, "message": "incident 42"}
	d.outcome == "block"
	d.reasons == [{"code": "freeze_active", "message": "Offboarding is frozen by policy: incident 42"}]
	d.approvals == _no_approvals
	d.phases.soft == false
}

test_freeze_without_message_uses_the_rule_message if {
	settings := json.patch(offboard.settings, [{"op": "replace", "path": "/freeze", "value": {"enabled": true}}])
	d := offboard.decision with input as _base with offboard.settings as settings
	d.reasons == [{"code": "freeze_active", "message": "Offboarding is frozen by policy"}]
}

test_unresolved_target_is_blocked if {
	d := offboard.decision with input as _input({"target": {"resolved": false, "account_type": "unknown"}})
	d.outcome == "block"
	_codes(d) == ["target_unresolved"]
}

test_conflicting_open_request_is_blocked if {
	d := offboard.decision with input as _input({"open_requests": [{"id": "req-2", "target_key": "key-bob"}]})
	d.outcome == "block"
	_codes(d) == ["conflicting_open_request"]
}

test_open_requests_that_do_not_conflict if {
	offboard.outcome == "allow" with input as _input({"open_requests": [
		{"id": "req-1", "target_key": "key-bob"},
		{"id": "req-3", "target_key": "key-carol"},
	]})
}

test_unsupported_input_version_is_blocked if {
	d := offboard.decision with input as _input({"version": "offboard.input/v2"})
	_codes(d) == ["input_version_unsupported"]
}

test_block_beats_deny_and_hitl if {
	d := offboard.decision with input as _input({
		"target": {"resolved": false, "account_type": "break_glass", "privileged": true},
		"open_requests": [{"id": "req-9", "target_key": "key-bob"}],
	})
		with offboard.settings.freeze.enabled as true
	d.outcome == "block"
	_codes(d) == ["conflicting_open_request", "freeze_active", "target_unresolved"]
	d.approvals == _no_approvals
}

# --- settings are checked: a broken data file blocks instead of silently switching a check off ----

test_shipped_settings_are_valid if {
	not "settings_invalid" in {r.code | some r in offboard.block} with input as _base
}

test_missing_threshold_blocks if {
	settings := json.remove(offboard.settings, ["risk/threshold"])
	d := offboard.decision with input as _base with offboard.settings as settings
	_codes(d) == ["settings_invalid"]
}

test_missing_protected_list_blocks if {
	settings := object.remove(offboard.settings, ["protected_accounts"])
	offboard.outcome == "block" with input as _base with offboard.settings as settings
}

test_bad_weights_block if {
	offboard.outcome == "block" with input as _base with offboard.settings.risk.weights.privileged as -1
	offboard.outcome == "block" with input as _base with offboard.settings.risk.weights.many_groups as 1.5
	offboard.outcome == "block" with input as _base with offboard.settings.risk.weights.involuntary as "20"
}

test_bad_scalars_block if {
	offboard.outcome == "block" with input as _base with offboard.settings.freeze.enabled as "yes"
	offboard.outcome == "block" with input as _base with offboard.settings.reinstate_window_seconds as -5
}

test_approval_tiers_that_need_nobody_block if {
	offboard.outcome == "block" with input as _base with offboard.settings.approvals.default.required as 0
	offboard.outcome == "block" with input as _base with offboard.settings.approvals.elevated.teams as []
	settings := json.remove(offboard.settings, ["approvals/elevated/required"])
	offboard.outcome == "block" with input as _base with offboard.settings as settings
}

test_missing_thresholds_fail_closed_towards_review if {
	# Even apart from the settings_invalid block, the HITL checks read a missing threshold as "fires".
	settings := object.remove(offboard.settings, ["min_confidence", "escalation_window_days"])
	hitl := {r.code | some r in offboard.hitl} with input as _input({"target": {"escalations": [0]}})
		with offboard.settings as settings
	hitl == {"low_parse_confidence", "recent_escalation"}
}
