-- Issue 16, point 5 (Barnets lov § 95 stk. 3): at a case's first follow-up the caseworker decides
-- how often the case is followed up from then on, with reasons given to the child and the parents.
-- That decision wins over the municipality's (or the case's chosen) policy for the case.
create table case_follow_up_cadence (
    case_id            bigint       primary key,
    -- an ISO-8601 period (P6W, P2M, ...) or POLICY: the policy's table keeps deciding
    cadence            varchar(10)  not null,
    reason             varchar(4000) not null,
    told_child_parents boolean      not null,
    follow_up_id       bigint       not null,
    decided_by         varchar(64)  not null,
    decided_at         timestamp with time zone not null
);

insert into legal_rule (code, description, barnets_lov, serviceloven, deadline_amount, deadline_unit, confirmed, source) values
('FOLLOW_UP_CADENCE', 'Ved første opfølgning fastlægger kommunen, hvor ofte der følges op fremover, med begrundelse til barnet og forældrene', '§ 95 stk. 3', '§ 70', null, null, false,
 'domain.md afsnit 8 og 11 (§ 95); stykket skal bekræftes mod LBK nr 282 af 17/03/2025'),
('FOLLOW_UP_PARALLEL_INVESTIGATION', 'Første opfølgning senest ved afslutningen af en sideløbende børnefaglig undersøgelse, hvis det er før 3 måneder', '§ 95 stk. 2', '§ 70', null, null, false,
 'domain.md afsnit 8 og 11 (§ 95); stykket skal bekræftes mod LBK nr 282 af 17/03/2025');
