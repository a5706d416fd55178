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
('RETURN_HOME_PLAN', 'Hjemgivelse efter anbringelse: før barnet flytter hjem, lægges en plan for hjemgivelsen, og der tages stilling til støtte efter hjemgivelsen', '§§ 99–102 (?)', '§ 68 stk. 10–13 (?)', null, null, false,
 'Issue 16 punkt 7; paragrafferne skal bekræftes mod LBK nr 282 af 17/03/2025 (kapitlet om hjemgivelse)'),
('RETURN_HOME_FOLLOW_UP', 'Opfølgning på barnets trivsel efter hjemgivelsen (kommunens frist, standard 3 måneder efter hjemgivelsen)', '§§ 99–102 (?)', '§ 68 stk. 13 (?)', 3, 'MONTHS', false,
 'Kommunens egen frist; paragraffen skal bekræftes mod LBK nr 282 af 17/03/2025');
