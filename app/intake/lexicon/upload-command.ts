/**
 * A command that uploads a file or a pipe's output, as tokenised ("curl -T - https://...", "curl -s --upload-file x https://...",
 * "curl -F file=@x https://...", "curl --data-binary @- https://..."): with a URL after it, data sent out of the organisation
 * (exfil.send_secrets). Not "curl -X POST https://...", a call without a file. Entries are normalised like the text.
 */
export const UPLOAD_COMMAND_CONCEPTS = {
  UPLOAD_CMD: [
    "curl t", "curl s t", "curl st", "curl upload file", "curl s upload file", "curl f file", "curl s f file", "curl form file", "curl data binary", "curl s data binary",
    "curl x put t", "curl x post f file", "curl x post data binary", "curl s x post data binary", "curl x put upload file", "wget post file", "wget body file",
  ],
} as const;
