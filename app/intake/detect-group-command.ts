import type { DetectorHit } from "./detector-hit.js";

/** A flag that picks a whole group, unit or everyone, standing as its own word ("--group", "-all"; not "hp-warehouse-all"). */
const GROUP_FLAG = /(?:^|[ \t])--?(?:group|groups|all|all-users|allusers|everyone|members-of|ou|org-unit|department|dept|team|site)(?=$|[ \t=])/;
/** The quick test: a dash right before the start of a group flag's name. */
const QUICK = /-(?:group|all|everyone|members-of|ou|org-unit|dep|team|site)/;
/** A flag or argument that picks one person: the group is then only where the person is acted on ("--user x --group g"). */
const PERSON_ARG = /(?:^|[ \t])--?(?:u|user|users|username|identity|id|member|members|email|upn|login|account|employee)(?=$|[ \t=])|@/;
/** A command line whose command disables or removes (snake, kebab or Pascal case: "disable_user", "Disable-ADAccount", "okta-deactivate"). */
const COMMAND = /^[ \t]*(?:[$>#][ \t]*)?([a-z0-9_.:-]{0,40}(?:disabl|deactivat|delet|remov|suspend|revok|lock|offboard|deprovision|terminat|block|wipe|purge)[a-z0-9_.:-]{0,40})(?:[ \t]+([^\n]{0,300}))?$/gm;
const MAX_LINES = 200;

/**
 * A command that disables or removes a whole group: "disable_user --group hp-warehouse-all",
 * "offboard --all", "deactivate-users --ou Warehouse". An offboarding request is about one person; a
 * command pasted for IT to run that selects a group, unit or everyone acts on all of them. Not a
 * finding: the leaver acted on within a group ("remove_user --user phuong.ngo --group
 * hp-warehouse", "disable_user phuong.ngo"), a group named in a value ("--comment all-hands").
 * Commands are read as written in any language's text (their words are English).
 */
export function detectGroupCommand(text: string): DetectorHit[] {
  // Without a group flag's name after a dash anywhere (normalised text is lower case) there is no command to read.
  if (!QUICK.test(text)) return [];
  COMMAND.lastIndex = 0;
  let n = 0;
  for (let m = COMMAND.exec(text); m !== null && n < MAX_LINES; m = COMMAND.exec(text), n++) {
    const args = m[2] ?? "";
    if (!GROUP_FLAG.test(args) || PERSON_ARG.test(args)) continue;
    return [{ rule: "target.wildcard", technique: "additional or swapped target identity", severity: "high", start: m.index, end: m.index + m[0].length, reason: "a command disables or removes a whole group, unit or everyone, not the leaver" }];
  }
  return [];
}
