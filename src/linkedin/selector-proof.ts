// The shape of a selector's proof: each alternative of a selector list, with the saved pages
// (under tests/fixtures/) it must match and, for an alternative kept for an old era or without a
// saved page, a dated note saying when it may go. tests/unit/linkedin/selector-proof.test.ts loads
// every listed page and checks every alternative matches there. Only tests read these lists: the
// scripts leave them out (nothing in them is imported by the readers).

export interface SelectorProof {
  /** One alternative of the list, exactly as the selector string writes it. */
  selector: string;
  /** Saved pages, relative to tests/fixtures/, where it must match. */
  fixtures: readonly string[];
  /** When it may go and why, "YYYY-MM-DD: …" (required when no saved page proves it). */
  mayGo?: string;
}

/** A selector list as the readers use it, and the proof of each of its alternatives. */
export interface ProvenSelector {
  selector: string;
  proof: readonly SelectorProof[];
}
