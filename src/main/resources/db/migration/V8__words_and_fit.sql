-- Issue 16, point 10: words as the sources and Barnets lov say, and FIT as two scores.

-- Barnets lov (from 2024) says støtteophold, not aflastning (§ 32 stk. 1 nr. 7), and børne- og
-- ungehjem, not døgninstitution (§ 43).
update legal_rule set description = 'Støttende indsatser (dagtilbud/skole, praktisk-pædagogisk støtte i hjemmet, kontaktperson, praktik, familiebehandling, døgnophold for familien, støtteophold, anden hjælp); afgørelsen angiver formål og forventet varighed'
 where code = 'SUPPORT_MEASURES';
update legal_rule set description = 'Støtteophold, også i en netværksfamilie'
 where code = 'MEASURE_RESPITE_STAY';
update legal_rule set description = 'Anbringelse på børne- og ungehjem eller opholdssted (med samtykke § 46)'
 where code = 'MEASURE_INSTITUTION';

-- The demo catalogue described two offers wrongly; correct them where they still read as shipped
-- (a municipality's own wording is left alone).
update offer set description = 'Gruppeforløb for børn og unge, der har en psykisk syg forælder', measure_kind = 'OTHER_HELP'
 where name = 'Between' and description = 'Forløb for børn og unge i konflikt mellem forældre';
update offer set description = 'Kursus i Fælles Forældreansvar: kursus for forældre, der er gået fra hinanden', measure_kind = 'OTHER_HELP'
 where name = 'KIFF' and description = 'Kortvarig intensiv familiefokuseret forløb';

-- FIT is two scales: ORS (outcome, at the start) and SRS (the session, at the end). A follow-up
-- records each; the old single fit_score (which of the two was never said) is kept, never averaged.
alter table follow_up add column fit_ors integer;
alter table follow_up add column fit_srs integer;
alter table follow_up add constraint follow_up_fit_ors check (fit_ors is null or fit_ors between 0 and 40);
alter table follow_up add constraint follow_up_fit_srs check (fit_srs is null or fit_srs between 0 and 40);
