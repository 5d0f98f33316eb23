-- Table comments (CONVENTIONS.md: COMMENT ON tables). Hand-written, reviewed.
COMMENT ON TABLE tenants IS 'Counties served by the deployment; every tenant-owned row carries tenant_id';--> statement-breakpoint
COMMENT ON TABLE departments IS 'County government departments (33 in the demo county); one has is_bureau = science and technology bureau';--> statement-breakpoint
COMMENT ON TABLE towns IS 'Towns, townships and subdistricts (乡镇/街道) of a county';--> statement-breakpoint
COMMENT ON TABLE users IS 'Accounts with one role each; argon2id password hashes';--> statement-breakpoint
COMMENT ON TABLE password_history IS 'Previous password hashes, to refuse reuse of the last 5';--> statement-breakpoint
COMMENT ON TABLE sessions IS 'Server-side sessions; token_hash is the SHA-256 of the cookie token, never the token itself';--> statement-breakpoint
COMMENT ON TABLE login_throttle IS 'Failed sign-ins per account and per address within a window; locked_until answers 429';--> statement-breakpoint
COMMENT ON TABLE audit_log IS 'Insert-only hash-chained audit log: hash = SHA-256(canonical row incl. prev_hash); verify with yunju audit verify';--> statement-breakpoint
COMMENT ON TABLE industries IS 'GB/T 4754-2017 industry classes (national standard, shared by all tenants)';--> statement-breakpoint
COMMENT ON TABLE enterprises IS 'One file per enterprise (一企一档), keyed by unified social credit code within a tenant';--> statement-breakpoint
COMMENT ON TABLE enterprise_qualifications IS 'Tier qualifications and certificates (high-tech, tech SME, little giant, ...)';--> statement-breakpoint
COMMENT ON TABLE enterprise_yearly_stats IS 'Yearly statistics per enterprise; money in fen';--> statement-breakpoint
COMMENT ON TABLE service_items IS 'Innovation service items (创新事项) of the catalogue';--> statement-breakpoint
COMMENT ON TABLE service_item_co_departments IS 'Co-handling departments of a service item';--> statement-breakpoint
COMMENT ON TABLE resources IS 'Innovation resources (创新资源): labs, platforms, instruments, teams, funds, spaces, data';--> statement-breakpoint
COMMENT ON TABLE experts IS 'Experts on the supply side of matching (pseudonymised in demo data)';--> statement-breakpoint
COMMENT ON TABLE talents IS 'Talents seeking positions (supply side of talent matching)';
