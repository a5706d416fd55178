-- Issue 16 points 4 and 7: support can start while the child welfare investigation runs (Barnets lov § 32
-- stk. 4), with the reason it cannot wait; a placement waits for the investigation (§ 46 stk. 3)
-- unless it is acute. The reason is personal data: here, never in the engine.

alter table measure add column alongside_reason varchar(4000);

-- A measure replacing a running placement with one that is none takes the child home (§ 100): the
-- plan for the return is kept with the proposal until its grant ends the placement as a return home.
alter table measure add column return_home_plan varchar(10000);

insert into legal_rule (code, description, barnets_lov, serviceloven, deadline_amount, deadline_unit, confirmed, source) values
('SUPPORT_BASIS', 'Støttende indsatser kan iværksættes på grundlag af en afdækning eller en børnefaglig undersøgelse, eller sideløbende med at undersøgelsen gennemføres; grunden til ikke at vente noteres', '§ 32 stk. 4', '§ 52 stk. 4', null, null, true,
 'LBK nr 282 af 17/03/2025 § 32 stk. 4 (lovguiden, læst 2026-12); jf. § 22 stk. 6: undersøgelsen tager stilling til, om støtten videreføres, ændres eller ophører'),
('PLACEMENT_AFTER_INVESTIGATION', 'Anbringelse med samtykke kun efter en gennemført børnefaglig undersøgelse; foreløbig eller akut anbringelse kan ske sideløbende, når særlige forhold taler for det', '§ 46 stk. 3', '§ 52 stk. 4', null, null, true,
 'LBK nr 282 af 17/03/2025 § 46 stk. 3 (lovguiden, læst 2026-12)');
