-- Issue 16 point 7: ending a placement with the child going home records the plan for the return
-- home and whether the family gets support afterwards; the case follows up after the return.

create table return_home (
    measure_id           bigint        primary key,
    case_id              bigint        not null,
    returned_on          date          not null,
    plan                 varchar(10000) not null,
    support_after_return boolean       not null,
    follow_up_due        date          not null,
    recorded_by          varchar(64)   not null,
    recorded_at          timestamp     not null
);
create index return_home_case on return_home (case_id);

insert into legal_rule (code, description, barnets_lov, serviceloven, deadline_amount, deadline_unit, confirmed, source) values
('RETURN_HOME_PLAN', 'Hjemgivelse efter anbringelse: afgørelse om hjemgivelse efter udtalelse fra anbringelsesstedet; før hjemgivelsen revideres barnets plan eller ungeplanen med den videre indsats', '§ 100 stk. 1, 2 og 5', '§ 68', null, null, true,
 'LBK nr 282 af 17/03/2025 § 100 (lovguiden, læst 2026-12); kapitel 11 Ophør af indsatser og hjemgivelse, §§ 99-102'),
('RETURN_HOME_FOLLOW_UP', 'Opfølgning på barnets trivsel efter hjemgivelsen (kommunens egen frist, standard 3 måneder efter hjemgivelsen)', '§§ 99–102 (?)', '§ 68 (?)', 3, 'MONTHS', false,
 'Kommunens egen frist; den præcise paragraf i kapitel 11 (§§ 99-102) i LBK nr 282 af 17/03/2025 skal bekræftes');

-- Issue 16 point 6: from 16 the plan is the young person's plan (ungeplan, Barnets lov § 108), made
-- with the young person (§ 109 stk. 1); a support person (bisidder, § 6) can be recorded on the case.
alter table child_plan add column young_person_plan boolean default false not null;
alter table child_plan add column young_person_took_part boolean;
alter table child_plan add column young_person_not_part_reason varchar(4000);

create table support_person (
    case_id      bigint        primary key,
    name         varchar(200)  not null,
    contact      varchar(200),
    relation     varchar(200),
    recorded_by  varchar(64)   not null,
    recorded_at  timestamp     not null
);

insert into legal_rule (code, description, barnets_lov, serviceloven, deadline_amount, deadline_unit, confirmed, source) values
('YOUNG_PERSON_PLAN', 'Ungeplan: fra 16 år afløser ungeplanen barnets plan; den udarbejdes med den unge og indeholder mål for overgangen til voksenlivet (uddannelse og beskæftigelse); senest 3 måneder efter afgørelsen eller efter det fyldte 16. år', '§ 108, § 109', '§ 140', 3, 'MONTHS', true,
 'LBK nr 282 af 17/03/2025 §§ 108-109 (lovguiden, læst 2026-12)');

-- Issue 16 point 3: "Handl akut" records an acute placement; the case grants it as a measure when it opens.
alter table concern add column acute_offer_id bigint;
alter table concern add column acute_placement_start date;
