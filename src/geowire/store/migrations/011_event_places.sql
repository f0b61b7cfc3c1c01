-- An event's gazetteer place (geowire.geo): the GeoNames place its sentence names (or, failing
-- that, its article's dateline), with coordinates, admin1 and country.  All NULL when the event
-- has none.  place_kind: country | admin1 | city; place_source: sentence | dateline;
-- place_geonames_id is NULL for an admin1 region (the shipped sources give them no id);
-- place_country is ISO 3166-1 alpha-3; place_text the words it was read from.
ALTER TABLE events ADD COLUMN place_name VARCHAR;
ALTER TABLE events ADD COLUMN place_kind VARCHAR;
ALTER TABLE events ADD COLUMN place_geonames_id BIGINT;
ALTER TABLE events ADD COLUMN place_lat DOUBLE;
ALTER TABLE events ADD COLUMN place_lon DOUBLE;
ALTER TABLE events ADD COLUMN place_country VARCHAR;
ALTER TABLE events ADD COLUMN place_admin1 VARCHAR;
ALTER TABLE events ADD COLUMN place_admin1_code VARCHAR;
ALTER TABLE events ADD COLUMN place_source VARCHAR;
ALTER TABLE events ADD COLUMN place_text VARCHAR;
