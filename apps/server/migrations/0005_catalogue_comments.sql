-- Table comments for the catalogue tables (CONVENTIONS.md: COMMENT ON tables). Hand-written, reviewed.
COMMENT ON TABLE service_item_versions IS 'Version history of service items: snapshot = full item at that version; cases keep the version they were filed under';--> statement-breakpoint
COMMENT ON TABLE catalogue_import_rejects IS 'Rejected rows of a good_rows catalogue import as an xlsx workbook, downloadable by the uploader until expires_at (24 h)';--> statement-breakpoint
COMMENT ON COLUMN service_items.search_name_tokens IS 'jieba tokens of the name, space-separated (tsvector weight A); written by the catalogue service';--> statement-breakpoint
COMMENT ON COLUMN service_items.name_initials IS 'pinyin initials of the name, lower-case (search by gxjs)';--> statement-breakpoint
COMMENT ON COLUMN resources.search_name_tokens IS 'jieba tokens of the name, space-separated (tsvector weight A); written by the catalogue service';--> statement-breakpoint
COMMENT ON COLUMN resources.name_initials IS 'pinyin initials of the name, lower-case (search by gxjs)';
