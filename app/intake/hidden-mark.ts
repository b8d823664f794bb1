/** Something invisible that was removed during normalisation and is itself a signal. */
export interface HiddenMark {
  kind: "tag_text" | "bidi_override" | "bidi_unbalanced" | "zero_width_run" | "zero_width_in_words" | "variation_run";
  /** [start, end) in the raw text. */
  start: number;
  end: number;
}
