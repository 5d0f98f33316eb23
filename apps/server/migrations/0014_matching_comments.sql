-- Table comments for the matching tables (CONVENTIONS.md: COMMENT ON tables). Hand-written, reviewed.
COMMENT ON TABLE match_teams IS 'University and institute teams offered for matching (supply side)';--> statement-breakpoint
COMMENT ON TABLE match_outputs IS 'Research outputs offered for transfer (成果转化), optionally owned by an expert';--> statement-breakpoint
COMMENT ON TABLE match_demands IS 'Demands of enterprises: technical problems, talent needs and cooperation needs; confidential ones are shown only to the enterprise, brokers, the leader and invited experts';--> statement-breakpoint
COMMENT ON COLUMN match_demands.number IS 'XQ<year>-<6 digits>, unique per tenant';--> statement-breakpoint
COMMENT ON COLUMN match_demands.department_id IS 'Department of the broker who first pushed a recommendation (outcome counters by department)';--> statement-breakpoint
COMMENT ON TABLE match_invitations IS 'Experts invited (by the enterprise or a broker) to see a demand, also a confidential one';--> statement-breakpoint
COMMENT ON TABLE match_adjustments IS 'A broker''s pin or removal of one candidate for one demand';--> statement-breakpoint
COMMENT ON TABLE match_feedback IS 'Accept / decline feedback with a reason on a candidate; changes later rankings for the enterprise and the industry';--> statement-breakpoint
COMMENT ON TABLE match_engagements IS 'Brokerage of one candidate for one demand: recommended → contact requested → consented → meeting → agreement → solved, or recommended → interview → hired';--> statement-breakpoint
COMMENT ON COLUMN match_engagements.consented_at IS 'When the expert consented; contact details are shared from then on';--> statement-breakpoint
COMMENT ON COLUMN match_engagements.closed_at IS 'When it reached solved, hired, declined or cancelled; outcomes count solved and hired by this time';--> statement-breakpoint
COMMENT ON TABLE match_engagement_events IS 'Every brokerage step with actor and time (insert-only)';--> statement-breakpoint
COMMENT ON TABLE match_agreements IS 'IUR (产学研) project agreements: parties, contract amount in yuan, dates and the contract file';--> statement-breakpoint
COMMENT ON COLUMN experts.contact_phone IS 'Shown only to the expert, brokers and parties of an engagement the expert consented to';
