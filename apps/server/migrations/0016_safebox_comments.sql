-- Table comments for the safe-box tables (CONVENTIONS.md: COMMENT ON tables). Hand-written; design in docs/adr/0007-safebox-log.md.
COMMENT ON TABLE safebox_log_counter IS 'Safe-box transparency log: the next leaf index to hand out (one row, id 1); deposit transactions increment it, its row lock orders them';--> statement-breakpoint
COMMENT ON TABLE safebox_log_head IS 'Safe-box log head: size, root and checkpoint of the integrated tree; advanced by the sequencer with a compare-and-set on size; log_key pins the verifier key';--> statement-breakpoint
COMMENT ON TABLE safebox_checkpoints IS 'Every checkpoint the safe-box log signed (C2SP signed note text, verbatim), idle re-signatures included';--> statement-breakpoint
COMMENT ON TABLE safebox_tiles IS 'tlog-tiles hash tiles of the safe-box log: (level, idx) -> up to 256 concatenated 32-byte hashes; a partial tile grows until full';--> statement-breakpoint
COMMENT ON TABLE safebox_deposits IS 'Safe-box deposits (存证): one log entry each (entry bytes and RFC 9162 leaf hash); title, category and description stay here, never in the log';--> statement-breakpoint
COMMENT ON COLUMN safebox_deposits.idx IS 'Leaf index in the safe-box log';--> statement-breakpoint
COMMENT ON COLUMN safebox_deposits.entry IS 'The log entry (yunju.safebox/entry/v1: file SHA-256, salt, enterprise identity hash, time); see packages/tlog/README.md';--> statement-breakpoint
COMMENT ON COLUMN safebox_deposits.salt IS 'The enterprise''s 256-bit salt (hex); it is inside the entry, which is never published';--> statement-breakpoint
COMMENT ON TABLE safebox_notarisations IS 'Notarisation (公证) requests of deposits and the notary''s countersignature: the cosigned checkpoint the receipt then carries, and the signed notarial statement';--> statement-breakpoint
COMMENT ON TABLE safebox_notary_keystores IS 'A notary''s Ed25519 key sealed under the notary''s passphrase (scrypt, AES-256-GCM); usable only while the notary supplies the passphrase';--> statement-breakpoint
COMMENT ON TABLE safebox_notary_keys IS 'Notary cosigner public keys (cosignature/v1 verifier keys) registered by the bureau admin; retired keys stay published so old receipts verify';--> statement-breakpoint
COMMENT ON TABLE safebox_checkpoint_timestamps IS 'RFC 3161 time-stamp tokens (DER) over signed safe-box checkpoints, from the configured TSA';
